namespace Portal.Benchmarks.Generate;

/// <summary>FNV-1a over UTF-16 code units: the same bucket for the same id on every run and machine, unlike <see cref="string.GetHashCode()"/>.</summary>
public static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    /// <summary>A seed for one item's own random numbers, so that items can be written in parallel and still come out the same.</summary>
    public static int Seed(int seed, int index) => unchecked((seed * 1_000_003) + (index * 7919) + 17);
}
