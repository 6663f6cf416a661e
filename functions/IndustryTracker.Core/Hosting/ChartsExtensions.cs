using IndustryTracker.Core.Charts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryTracker.Core.Hosting;

public static class ChartsExtensions
{
    /// <summary>The chart service; it reads through the <c>BenchmarkStore</c> and companies that AddIndustryTracker registers.</summary>
    public static IHostApplicationBuilder AddCharts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ChartService>();
        return builder;
    }
}
