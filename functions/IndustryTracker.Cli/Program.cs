using IndustryTracker.Cli.Commands;

return await TrackerCommandLine.Build().Parse(args).InvokeAsync();
