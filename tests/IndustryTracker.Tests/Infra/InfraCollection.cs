namespace IndustryTracker.Tests.Infra;

/// <summary>The infra tests share one <see cref="BicepTemplate"/>: the Bicep CLI runs once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<BicepTemplate>
{
    public const string Name = "Infra";
}
