using System.Text.Json.Nodes;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Infra;

/// <summary>
/// Builds and lints every Bicep file under infra/ once, and evaluates the compiled main template with
/// <c>bicep snapshot</c> (the same ARM JSON with parameters, variables, loops and modules resolved, as ARM would
/// before deploying), so tests can assert on real names and settings instead of on expressions.
/// </summary>
public sealed class BicepTemplate : IDisposable
{
    public const string SubscriptionId = "00000000-0000-0000-0000-000000000000";
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";
    public const string Location = "eastus";
    public const string UserPrincipalId = "00000000-0000-0000-0000-0000000000bb";
    public const string SecUserAgent = "IndustryTracker CI ci@example.org";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "industrytracker-bicep-" + Guid.NewGuid().ToString("N")[..8]);

    public BicepTemplate()
    {
        Directory.CreateDirectory(_work);
        BicepFiles = [.. Directory.EnumerateFiles(InfraDirectory, "*.bicep", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(InfraDirectory, f)).Order(StringComparer.Ordinal)];

        var buildDirectory = Path.Combine(_work, "build");
        Build = BicepCli.Run(InfraDirectory, "build", "--pattern", "**/*.bicep", "--outdir", buildDirectory);
        Lint = BicepCli.Run(InfraDirectory, "lint", "--pattern", "**/*.bicep");
        Compiled = BicepFiles
            .Where(f => File.Exists(Path.Combine(buildDirectory, Path.ChangeExtension(f, ".json"))))
            .ToDictionary(f => f, f => JsonNode.Parse(File.ReadAllText(Path.Combine(buildDirectory, Path.ChangeExtension(f, ".json"))))!);

        Snapshot = RunSnapshot();
        var snapshotFile = Path.Combine(_work, "snapshot", "ci.snapshot.json");
        var snapshot = File.Exists(snapshotFile) ? JsonNode.Parse(File.ReadAllText(snapshotFile))! : new JsonObject();
        Predicted = snapshot["predictedResources"]?.AsArray().Select(r => r!).ToList() ?? [];
        SnapshotDiagnostics = snapshot["diagnostics"]?.AsArray() ?? [];
        Outputs = snapshot["outputs"]?.AsObject() ?? [];
    }

    public static string InfraDirectory { get; } = Path.Combine(Fixtures.RepoRoot, "infra");

    /// <summary>Every .bicep file, relative to infra/.</summary>
    public IReadOnlyList<string> BicepFiles { get; }

    public BicepRun Build { get; }
    public BicepRun Lint { get; }
    public BicepRun Snapshot { get; }

    /// <summary>The ARM JSON each .bicep file compiled to, keyed like <see cref="BicepFiles"/>.</summary>
    public IReadOnlyDictionary<string, JsonNode> Compiled { get; }

    public JsonNode Main => Compiled["main.bicep"];

    /// <summary>The resources the compiled main template deploys, as ARM evaluates them.</summary>
    public IReadOnlyList<JsonNode> Predicted { get; }

    public JsonArray SnapshotDiagnostics { get; }
    public JsonObject Outputs { get; }

    public IEnumerable<JsonNode> PredictedOfType(string type) =>
        Predicted.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonNode SinglePredicted(string type) => Assert.Single(PredictedOfType(type));

    /// <summary>The last segment of each predicted resource's name, e.g. 'raw' for 'st…/default/raw'.</summary>
    public IReadOnlyList<string> ChildNames(string type) =>
        [.. PredictedOfType(type).Select(r => ((string)r["name"]!).Split('/')[^1]).Order(StringComparer.Ordinal)];

    public IReadOnlyDictionary<string, string?> AppSettings =>
        SinglePredicted("Microsoft.Web/sites/config")["properties"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value);

    private BicepRun RunSnapshot()
    {
        // A .bicepparam must name its template by a relative path; the snapshot lands beside it, outside the repository.
        var directory = Path.Combine(_work, "snapshot");
        Directory.CreateDirectory(directory);
        var template = Path.GetRelativePath(directory, Path.Combine(InfraDirectory, "main.bicep")).Replace('\\', '/');
        File.WriteAllText(Path.Combine(directory, "ci.bicepparam"), $"""
            using '{template}'
            param environmentName = 'ci'
            param location = '{Location}'
            param secUserAgent = '{SecUserAgent}'
            param principalId = '{UserPrincipalId}'
            """);
        return BicepCli.Run(directory, "snapshot", "ci.bicepparam", "--mode", "overwrite",
            "--subscription-id", SubscriptionId, "--tenant-id", TenantId, "--location", Location, "--deployment-name", "ci");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run over it.
        }
    }
}
