using System.Collections.Concurrent;

namespace Portal.Content.Types;

/// <summary>
/// One instance of each field name and list value (a cluster, a country, a hazard) for every item that
/// holds it; past <see cref="Capacity"/> distinct strings, new ones are no longer shared, so free text
/// in a list cannot grow it without end.
/// </summary>
internal sealed class SharedStrings
{
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    public string Get(string text)
    {
        if (strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        return strings.Count < Capacity ? strings.GetOrAdd(text, text) : text;
    }
}
