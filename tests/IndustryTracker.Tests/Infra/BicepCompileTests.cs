using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IndustryTracker.Tests.Infra;

/// <summary>Every Bicep file builds and lints with nothing to say, offline, with the linter at its defaults or stricter.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class BicepCompileTests(BicepTemplate template)
{
    [Fact]
    public void Build_EveryBicepFile_CompilesWithoutErrorsOrWarnings()
    {
        Assert.True(template.Build.IsClean, template.Build.ToString());
        Assert.Contains("main.bicep", template.BicepFiles);
        Assert.Equal(template.BicepFiles, template.Compiled.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lint_EveryBicepFile_ReportsNothing() => Assert.True(template.Lint.IsClean, template.Lint.ToString());

    [Fact]
    public void Lint_FileWithAnUnusedParameter_IsNotClean()
    {
        // The gate itself: a linter warning (exit code 0, text on stderr) must count as a failure.
        var directory = Directory.CreateTempSubdirectory("industrytracker-bicep-lint-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "unused.bicep"), "param unused string\n");
            var run = BicepCli.Run(directory.FullName, "lint", "unused.bicep");
            Assert.Equal(0, run.ExitCode);
            Assert.False(run.IsClean);
            Assert.Contains("no-unused-params", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Snapshot_MainTemplate_EvaluatesEveryResourceWithoutDiagnostics()
    {
        Assert.True(template.Snapshot.IsClean, template.Snapshot.ToString());
        Assert.Empty(template.SnapshotDiagnostics);
        // 36 before the companies and editorstatements tables; each table is one predicted resource.
        Assert.Equal(38, template.Predicted.Count);
    }

    [Fact]
    public void Modules_EveryReference_IsALocalFileUnderInfraApp()
    {
        var references = template.BicepFiles
            .SelectMany(f => ModuleReference().Matches(File.ReadAllText(Path.Combine(BicepTemplate.InfraDirectory, f)))
                .Select(m => (File: f, Target: m.Groups["target"].Value)))
            .ToList();

        Assert.NotEmpty(references);
        foreach (var (file, target) in references)
        {
            // Registry modules (br:, br/, ts:) need a network restore; a local path does not.
            Assert.DoesNotMatch("^(br|ts)[:/]", target);
            var resolved = Path.GetFullPath(Path.Combine(BicepTemplate.InfraDirectory, Path.GetDirectoryName(file)!, target));
            Assert.True(File.Exists(resolved), $"{file} references {target}, which does not exist.");
            Assert.StartsWith(Path.Combine(BicepTemplate.InfraDirectory, "app") + Path.DirectorySeparatorChar, resolved, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LinterConfig_EveryRule_StaysAtWarningOrError()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepTemplate.InfraDirectory, "bicepconfig.json")))!;
        var core = config["analyzers"]?["core"];
        Assert.NotEqual(false, (bool?)core?["enabled"]);
        foreach (var rule in core?["rules"]?.AsObject() ?? [])
        {
            Assert.Contains((string?)rule.Value?["level"], new[] { "warning", "error" });
        }
    }

    [Fact]
    public void Compiled_EveryTemplate_ReadsNoKeys()
    {
        foreach (var (file, json) in template.Compiled)
        {
            var text = json.ToJsonString();
            Assert.False(text.Contains("listKeys", StringComparison.OrdinalIgnoreCase), $"{file} reads keys");
            Assert.False(text.Contains("AccountKey", StringComparison.OrdinalIgnoreCase), $"{file} holds an account key");
            Assert.False(text.Contains("SharedAccessSignature", StringComparison.OrdinalIgnoreCase), $"{file} holds a SAS");
        }
    }

    [GeneratedRegex(@"^\s*module\s+\w+\s+'(?<target>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleReference();
}
