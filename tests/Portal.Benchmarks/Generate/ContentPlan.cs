namespace Portal.Benchmarks.Generate;

/// <summary>Every original item of a set (in writing order), with the cities and organizations others may refer to.</summary>
public sealed record ContentPlan(IReadOnlyList<PlannedItem> Items, IReadOnlyList<PlannedItem> Cities, IReadOnlyList<PlannedItem> Organizations)
{
    public IReadOnlyDictionary<string, PlannedItem> CitiesById { get; } = Cities.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public int FileCount => Items.Sum(i => 1 + i.Translations.Count);
}
