using IndustryTracker.Core.Evaluation;

namespace IndustryTracker.Tests.Evaluation;

/// <summary>An expected-values file is checked as it is read: a mistake in it is named, never scored as a miss.</summary>
public sealed class ExpectedValuesTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"expected-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Load_MissingField_NamesIt()
    {
        File.WriteAllText(_path, """{ "headcount": [ { "company": "META", "asOf": "2023-12-31", "source": "10-K" } ], "revenue": [], "reductions": [] }""");

        var error = Assert.Throws<InvalidDataException>(() => ExpectedValues.Load(_path));

        Assert.Contains(_path, error.Message, StringComparison.Ordinal);
        Assert.Contains("employees", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReductionStatingNothing_IsRefused()
    {
        File.WriteAllText(_path, """{ "headcount": [], "revenue": [], "reductions": [ { "company": "META", "announced": "2023-03", "source": "10-K" } ] }""");

        var error = Assert.Throws<InvalidDataException>(() => ExpectedValues.Load(_path));

        Assert.EndsWith("reductions[0] states none of count, percentOfWorkforce, chargesUsd: nothing to score.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_IsRefusedRatherThanIgnored()
    {
        File.WriteAllText(_path, """{ "headcount": [], "revenue": [], "reductions": [ { "company": "META", "announced": "2023-03", "workers": 10000, "source": "10-K" } ] }""");

        var error = Assert.Throws<InvalidDataException>(() => ExpectedValues.Load(_path));

        Assert.Contains("workers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedFile_ReadsEveryEntry()
    {
        var values = ExpectedValues.Load(Path.Combine(Support.Fixtures.RepoRoot, "eval", "expected-shared-fixtures.json"));

        Assert.Equal((8, 11, 3), (values.Headcount.Count, values.Revenue.Count, values.Reductions.Count));
        Assert.Equal(1_525_000, values.Headcount.Single(h => h.Company == "AMZN").Employees);
        Assert.Equal(2_100_000_000m, values.Reductions.Single(r => r.Company == "GOOGL").ChargesUsd);
    }
}
