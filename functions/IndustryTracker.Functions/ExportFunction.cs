using IndustryTracker.Core.Exports;
using Microsoft.Azure.Functions.Worker;

namespace IndustryTracker.Functions;

public sealed class ExportFunction(Exporter exporter)
{
    [Function("export")]
    public Task Run([TimerTrigger("%ExportSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        exporter.ExportAsync(localDirectory: null, cancellationToken);
}
