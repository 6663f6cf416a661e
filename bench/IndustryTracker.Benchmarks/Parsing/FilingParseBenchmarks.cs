using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Sources.Warn;

namespace IndustryTracker.Benchmarks.Parsing;

/// <summary>
/// Per 10-K/10-Q: the normalizer's whole extraction (parse, visible text, headcount, workforce statements, inline XBRL
/// and the financial-fact selection) against the floor, a bare AngleSharp parse of the same bytes.
/// </summary>
public class FilingParseBenchmarks
{
    private readonly EmployerMatcher _matcher = new(CompanyCatalog.Load(BenchPaths.Companies));
    private PeriodicReport _report = null!;
    private NormalizeWorkItem _item = null!;
    private BinaryData _content = null!;

    public static IEnumerable<string> Documents => PeriodicReports.All.Select(r => r.Name);

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _report = PeriodicReports.Named(Document);
        _item = _report.WorkItem();
        _content = BinaryData.FromBytes(_report.Bytes);
    }

    [Benchmark(Baseline = true)]
    public int BareParse()
    {
        using var stream = new MemoryStream(_report.Bytes, writable: false);
        using var document = new HtmlParser().ParseDocument(stream);
        return document.ChildNodes.Length;
    }

    [Benchmark]
    public int Extract() => DocumentParsers.Parse(_item, _content, _matcher).Count;
}
