using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Import;

/// <summary>The verb's closing line, <c>Import: 3 created, 1 updated, 40 unchanged, 0 refused, ...</c>, read back into numbers.</summary>
public sealed partial record ImportCounts(int Created, int Updated, int Unchanged, int Refused)
{
    public static ImportCounts? Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var match = Summary().Match(line);
            if (match.Success)
            {
                int Group(int i) => int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
                return new ImportCounts(Group(1), Group(2), Group(3), Group(4));
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Import: (\d+) created, (\d+) updated, (\d+) unchanged, (\d+) refused")]
    private static partial Regex Summary();
}
