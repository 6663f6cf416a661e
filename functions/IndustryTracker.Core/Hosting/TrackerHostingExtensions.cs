using IndustryTracker.Core.Api;
using IndustryTracker.Core.Companies;
using IndustryTracker.Core.Exports;
using IndustryTracker.Core.Pipeline;
using IndustryTracker.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IndustryTracker.Core.Hosting;

/// <summary>The registrations the function app and the CLI share; each calls these and nothing else of Core's wiring.</summary>
public static class TrackerHostingExtensions
{
    /// <summary>Everything: storage, companies, SEC source, pipeline steps, export and API handlers.</summary>
    /// <param name="collects">Whether this host fetches from sources, so their settings must be valid at start.</param>
    public static IHostApplicationBuilder AddIndustryTracker(this IHostApplicationBuilder builder, bool collects = true)
    {
        // First, so that a bad companies or claims file is reported before anything touches storage.
        builder.Services.AddHostedService<ReferenceFilesCheck>();
        builder.AddTrackerStorage();
        builder.AddCompanies();
        builder.AddOutboundHttp();
        builder.AddSecSource(validateOnStart: collects);
        builder.AddWarnSource();
        builder.AddNewsroomSource();
        builder.AddPipeline();
        builder.AddExports();
        builder.AddClaims();
        builder.AddCharts();
        return builder;
    }

    public static IHostApplicationBuilder AddTrackerStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TrackerStorage>();
        builder.Services.AddHostedService<StorageInitializer>();
        builder.Services.AddSingleton<RawArchive>();
        builder.Services.AddSingleton<CheckpointStore>();
        builder.Services.AddSingleton<RunStore>();
        builder.Services.AddSingleton<DocumentRegistry>();
        builder.Services.AddSingleton<VersionStore>();
        builder.Services.AddSingleton<FactReader>();
        builder.Services.AddSingleton<BenchmarkStore>();
        builder.Services.AddSingleton<LayoffStore>();
        builder.Services.AddSingleton<WarnStore>();
        builder.Services.AddSingleton<Statements.EditorStatementStore>();
        return builder;
    }

    public static IHostApplicationBuilder AddCompanies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CompaniesOptions>().BindConfiguration(CompaniesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => CompanyCatalog.Load(sp.GetRequiredService<IOptions<CompaniesOptions>>().Value.File));
        builder.Services.AddSingleton<CompanyStore>();
        builder.Services.AddSingleton<CompanyRegistry>();
        // After StorageInitializer (registered by AddTrackerStorage): the companies added by ticker join the seeds at start.
        builder.Services.AddHostedService<CompanyCatalogLoader>();
        builder.Services.AddSingleton<Sources.Warn.EmployerMatcher>();
        return builder;
    }

    public static IHostApplicationBuilder AddPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<ScheduleOptions>().BindConfiguration("")
            .Validate(o => !o.Invalid().Any(), "A schedule setting is invalid: set it to a six-field NCRONTAB expression such as \"0 15 */6 * * *\".")
            .ValidateOnStart();
        builder.Services.AddSingleton<DocumentIntake>();
        builder.Services.AddSingleton<ConditionalFeed>();
        builder.Services.AddSingleton<Normalizer>();
        builder.Services.AddSingleton<Recomputer>();
        builder.Services.AddSingleton<Exporter>();
        builder.Services.AddSingleton<HealthCheck>();
        builder.Services.AddSingleton<QueueDrainer>();
        builder.Services.AddSingleton<IngestCycle>();
        builder.Services.AddSingleton<Reprocessor>();
        builder.Services.AddSingleton<Evaluation.Evaluator>();
        builder.Services.AddSingleton<Statements.EditorStatements>();
        builder.Services.AddSingleton<StatementsApi>();
        builder.Services.AddSingleton<Comparisons.ComparisonService>();
        // A bounded cache: entries are whole responses, counted one each.
        builder.Services.AddMemoryCache(o => o.SizeLimit = 512);
        builder.Services.AddSingleton<ApiCache>();
        builder.Services.AddSingleton<TrackerApi>();
        builder.Services.AddSingleton<InsightsApi>();
        builder.Services.AddSingleton<CompaniesAdminApi>();
        return builder;
    }
}
