namespace Portal.Admin.Scheduling;

public sealed class SchedulerOptions
{
    public const string Section = "Portal:Admin:Scheduler";

    /// <summary>How often the background publisher looks for due items; an item goes live at most this late.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Off only for tests that drive <see cref="ScheduledPublisher"/> themselves.</summary>
    public bool Enabled { get; set; } = true;
}
