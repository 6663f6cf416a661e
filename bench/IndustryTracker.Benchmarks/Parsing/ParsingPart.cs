using IndustryTracker.Benchmarks.Report;
using IndustryTracker.Benchmarks.Support;

namespace IndustryTracker.Benchmarks.Parsing;

/// <summary>Part 1: extraction per periodic report and the company-facts parse, each against its bare-library floor.</summary>
public static class ParsingPart
{
    public const string Name = "1. Parsing";

    public static IEnumerable<Measurement> Run(bool quick)
    {
        // Seven quick iterations, not three: the two closest filings have swung by ±0.1 of their ratio between runs of
        // three, which is the margin to the target.
        var filings = Bdn.Run<FilingParseBenchmarks>(quick, quickIterations: 7);
        foreach (var document in filings.Select(r => r.Parameter).Distinct())
        {
            var bare = filings.Single(r => r.Parameter == document && r.Method == nameof(FilingParseBenchmarks.BareParse));
            var extract = filings.Single(r => r.Parameter == document && r.Method == nameof(FilingParseBenchmarks.Extract));
            var size = PeriodicReports.Named(document!).Bytes.Length / 1024.0 / 1024.0;
            var form = PeriodicReports.Named(document!).Filing.Form;
            yield return new Measurement(Name, $"{document} ({form}, {size:0.0} MB): time", extract.MedianNanoseconds / 1e6, bare.MedianNanoseconds / 1e6, "ms", Target.AtMost(1.5));
            yield return new Measurement(Name, $"{document}: allocated", extract.AllocatedBytes / 1048576.0, bare.AllocatedBytes / 1048576.0, "MB", Target.AtMost(2));
        }

        var facts = Bdn.Run<CompanyFactsBenchmarks>(quick);
        var json = facts.Single(r => r.Method == nameof(CompanyFactsBenchmarks.BareJsonDocument));
        var parser = facts.Single(r => r.Method == nameof(CompanyFactsBenchmarks.StreamingParse));
        var mb = new FileInfo(CompanyFactsBenchmarks.File).Length / 1048576.0;
        yield return new Measurement(Name, $"company facts ({mb:0.0} MB JSON): time", parser.MedianNanoseconds / 1e6, json.MedianNanoseconds / 1e6, "ms", Target.AtMost(1.5));
        yield return new Measurement(Name, "company facts: allocated", parser.AllocatedBytes / 1048576.0, null, "MB", Target.None, $"for context: no target; JsonDocument rents pooled buffers, so its {json.AllocatedBytes} B are not a floor");
    }
}
