using NCrontab;

namespace IndustryTracker.Core.Pipeline;

/// <summary>The timers' schedules (flat settings, as the triggers' %CollectSecSchedule% bindings read them), checked at start.</summary>
public sealed class ScheduleOptions
{
    public string? CollectSecSchedule { get; set; }
    public string? CollectWarnSchedule { get; set; }
    public string? CollectNewsroomSchedule { get; set; }
    public string? ExportSchedule { get; set; }

    public IEnumerable<string> Invalid()
    {
        foreach (var (name, value) in new[] { (nameof(CollectSecSchedule), CollectSecSchedule), (nameof(CollectWarnSchedule), CollectWarnSchedule), (nameof(CollectNewsroomSchedule), CollectNewsroomSchedule), (nameof(ExportSchedule), ExportSchedule) })
        {
            if (value is not null && CrontabSchedule.TryParse(value, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is null)
            {
                yield return $"{name} '{value}' is not a six-field NCRONTAB schedule (e.g. \"0 15 */6 * * *\")";
            }
        }
    }
}
