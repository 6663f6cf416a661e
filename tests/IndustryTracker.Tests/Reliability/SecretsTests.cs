using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Reliability;

/// <summary>No tracked file holds a storage key or connection string (Azurite's published development key aside), nor a local.settings.json.</summary>
public sealed partial class SecretsTests
{
    // Azurite's well-known development account key, published in its documentation; not a secret.
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void TrackedFiles_HoldNoAccountKeyConnectionStringOrLocalSettings()
    {
        var files = TrackedFiles();
        // The scan sees the files that would hold secrets if any did: the app settings, the CI script, the infra.
        Assert.Superset(new HashSet<string>(["README.md", ".ci/run", "host.json", "azure.yaml", "seeds/companies.json", "tests/IndustryTracker.Tests/Support/AzuriteFixture.cs"], StringComparer.Ordinal), files.ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain(files, f => Path.GetFileName(f).Equals("local.settings.json", StringComparison.OrdinalIgnoreCase));

        var findings = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(Fixtures.RepoRoot, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 5_000_000)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                continue; // binary
            }

            var text = Encoding.UTF8.GetString(bytes);
            findings.AddRange(Secret().Matches(text).Where(m => m.Groups["key"].Value != AzuriteKey).Select(m => $"{file}: {Redact(m.Value)}"));
        }

        Assert.Empty(findings);
    }

    // Built at run time, so this file itself holds nothing the scan would flag.
    public static TheoryData<string> RealLooking => new()
    {
        "Account" + "Key=" + new string('k', 86) + "==",
        "DefaultEndpointsProtocol=https;AccountName=prod;Account" + "Key=" + new string('Q', 40) + "==",
        "https://prod.blob.core.windows.net/raw?sv=2024-11-04&s" + "ig=" + new string('A', 43) + "%3D",
        "key: " + new string('x', 86) + "==",
    };

    [Theory]
    [MemberData(nameof(RealLooking))]
    public void Secret_RealLookingCredential_IsFound(string text) => Assert.Matches(Secret(), text);

    [Fact]
    public void Secret_AzuriteDevelopmentKey_IsTheOnlyKeyAllowed() =>
        Assert.Equal(AzuriteKey, Secret().Match("Account" + "Key=" + AzuriteKey).Groups["key"].Value);

    private static List<string> TrackedFiles()
    {
        var git = Process.Start(new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = Fixtures.RepoRoot, RedirectStandardOutput = true })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git ls-files failed: the secrets check needs the repository's git metadata.");
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static string Redact(string value) => value.Length > 24 ? value[..24] + "…" : value;

    // An account key (88 base64 characters) after AccountKey= or standing alone, or a SAS signature. A lockfile's
    // "sha512-…==" integrity hash has the same shape; the '-' before it tells it apart.
    [GeneratedRegex(@"AccountKey=(?<key>[A-Za-z0-9+/]{20,}={0,2})|(?<key>(?<![A-Za-z0-9+/-])[A-Za-z0-9+/]{86}==)|[?&]sig=[A-Za-z0-9%+/]{20,}")]
    private static partial Regex Secret();
}
