namespace Portal.Admin.Digests;

/// <summary>A subscription suspended after permanent refusals, with the refusal last recorded.</summary>
public sealed record SuspendedSubscription(Guid Id, string Email, DateTime SinceUtc, int FailureCount, string? LastError);
