namespace IndustryTracker.Core.Api;

/// <summary>One parameter of an endpoint, as documented: where it goes, its type, what it means, its allowed values.</summary>
public sealed record ApiParameter(string Name, string In, string Type, string Description, IReadOnlyList<string>? Allowed = null, string? Example = null, bool Required = false);
