using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IndustryTracker.Tests.Support;

namespace IndustryTracker.Tests.Infra;

/// <summary>What azd reads: azure.yaml, main.parameters.json, and the outputs it stores in the environment.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class AzdTemplateTests(BicepTemplate template)
{
    private static readonly JsonObject Parameters =
        JsonNode.Parse(File.ReadAllText(Path.Combine(BicepTemplate.InfraDirectory, "main.parameters.json")))!["parameters"]!.AsObject();

    [Fact]
    public void AzureYaml_ApiService_DeploysTheFunctionsProjectToTheTaggedApp()
    {
        var yaml = File.ReadAllLines(Path.Combine(Fixtures.RepoRoot, "azure.yaml")).Select(l => l.TrimEnd()).ToList();
        Assert.Contains("  api:", yaml);
        Assert.Contains("    project: ./functions/IndustryTracker.Functions", yaml);
        Assert.Contains("    language: dotnet", yaml);
        Assert.Contains("    host: function", yaml);
        Assert.Contains("  path: infra", yaml);
        Assert.True(File.Exists(Path.Combine(Fixtures.RepoRoot, "functions", "IndustryTracker.Functions", "IndustryTracker.Functions.csproj")));

        // azd finds the app for service 'api' by this tag.
        Assert.Equal("api", (string?)template.SinglePredicted("Microsoft.Web/sites")["tags"]!["azd-service-name"]);
    }

    [Fact]
    public void ParametersFile_EveryParameter_ExistsInTheTemplate()
    {
        var declared = template.Main["parameters"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(Parameters, p => Assert.Contains(p.Key, declared));
    }

    [Fact]
    public void ParametersFile_EveryRequiredParameter_IsMapped()
    {
        var required = template.Main["parameters"]!.AsObject().Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).ToList();
        Assert.Contains("secUserAgent", required);
        Assert.All(required, name => Assert.True(Parameters.ContainsKey(name), $"{name} is required but not in main.parameters.json"));
    }

    [Fact]
    public void ParametersFile_Defaults_EqualTheTemplateDefaults()
    {
        var checkedAny = false;
        foreach (var (name, value) in Parameters)
        {
            var match = EnvironmentDefault().Match((string)value!["value"]!);
            if (match.Success)
            {
                checkedAny = true;
                var templateDefault = ArmTemplate.DefaultValue(template.Main, name);
                Assert.NotNull(templateDefault);
                Assert.Equal(templateDefault.ToString(), match.Groups["default"].Value);
            }
        }

        Assert.True(checkedAny);
    }

    [Theory]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("SERVICE_API_NAME")]
    public void Outputs_FunctionAppName_IsTheSite(string output) =>
        Assert.Equal((string?)template.SinglePredicted("Microsoft.Web/sites")["name"], (string?)template.Outputs[output]);

    [Fact]
    public void Outputs_ApiBaseUrl_IsTheSitesHostOverHttps()
    {
        var site = template.SinglePredicted("Microsoft.Web/sites");
        Assert.Equal($"[format('https://{{0}}/api', reference('{site["id"]}', '{site["apiVersion"]}').defaultHostName)]", (string?)template.Outputs["API_BASE_URL"]);
    }

    [GeneratedRegex(@"^\$\{[A-Z_]+=(?<default>[^}]*)\}$")]
    private static partial Regex EnvironmentDefault();
}
