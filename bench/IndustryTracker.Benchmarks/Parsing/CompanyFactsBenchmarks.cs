using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IndustryTracker.Benchmarks.Support;
using IndustryTracker.Core.Sources.Sec.Xbrl;

namespace IndustryTracker.Benchmarks.Parsing;

/// <summary>The company-facts JSON (3 MB): the streaming parser against the floor, a bare JsonDocument.Parse of the same bytes.</summary>
public class CompanyFactsBenchmarks
{
    private byte[] _bytes = [];

    public static string File => Path.Combine(BenchPaths.Replay, "data.sec.gov", "api", "xbrl", "companyfacts", "CIK0001652044.json");

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(File);

    [Benchmark(Baseline = true)]
    public int BareJsonDocument()
    {
        using var document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetPropertyCount();
    }

    /// <summary>As the normalizer reads it: a stream over the archived bytes.</summary>
    [Benchmark]
    public int StreamingParse() => CompanyFactsParser.Parse(BinaryData.FromBytes(_bytes).ToStream()).Count;
}
