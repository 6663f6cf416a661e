using IndustryTracker.Benchmarks;

return await BenchRunner.RunAsync(args);
