namespace IndustryTracker.Cli.Commands;

/// <summary>Where to point a browser or curl, printed when the API is up.</summary>
public static class ServeBanner
{
    public static void Print(Uri baseAddress)
    {
        var api = new Uri(baseAddress, "api/");
        Console.WriteLine();
        Console.WriteLine($"API ready at {api}  (Ctrl+C to stop)");
        Console.WriteLine($"  curl {api}companies");
        Console.WriteLine($"  curl '{api}benchmarks?companies=META,GOOGL&from=2021&to=2025'");
        Console.WriteLine($"  curl '{api}benchmarks?format=csv' -o benchmarks.csv");
        Console.WriteLine($"  curl {api}companies/META/headcount");
        Console.WriteLine($"  curl {api}companies/AMZN/financials");
        Console.WriteLine($"  curl {api}health");
        Console.WriteLine($"  docs: {api}docs   OpenAPI: {api}openapi.json");
    }
}
