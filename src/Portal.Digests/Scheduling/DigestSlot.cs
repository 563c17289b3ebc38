namespace Portal.Digests.Scheduling;

/// <summary>The latest scheduled moment of a subscription's frequency, and the key of its period.</summary>
public sealed record DigestSlot(string PeriodKey, DateTime SlotUtc);
