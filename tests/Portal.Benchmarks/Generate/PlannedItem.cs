namespace Portal.Benchmarks.Generate;

/// <summary>
/// One original item of a generated set, decided before any file is written so that references
/// only point at items that exist: its type, id, English title, folder, the city its text is
/// about (<see cref="PlaceId"/>, null for a city itself) and the cultures it is translated into.
/// </summary>
public sealed class PlannedItem(int index, string type, string id, string title, string folder, string place, string? placeId, string country)
{
    public int Index => index;

    public string Type => type;

    public string Id => id;

    public string Title => title;

    public string Folder => folder;

    public string Place => place;

    public string? PlaceId => placeId;

    /// <summary>The alpha-2 code of the item's country: a city's own, else its place's.</summary>
    public string Country => country;

    public List<string> Translations { get; } = [];
}
