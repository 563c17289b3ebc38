namespace Portal.Admin.History;

/// <summary>
/// A line diff by longest common subsequence: the lines both texts keep, in order, and around them
/// what was removed and added. The common start and end are matched first; a middle too large for
/// the table (over four million cells) is shown as removed, then added.
/// </summary>
public static class LineDiff
{
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var start = 0;
        while (start < before.Count && start < after.Count && before[start] == after[start])
        {
            start++;
        }

        var end = 0;
        while (end < before.Count - start && end < after.Count - start && before[^(end + 1)] == after[^(end + 1)])
        {
            end++;
        }

        var result = new List<DiffLine>(before.Count + after.Count);
        result.AddRange(before.Take(start).Select(line => new DiffLine(DiffKind.Same, line)));
        var oldMiddle = before.Skip(start).Take(before.Count - start - end).ToList();
        var newMiddle = after.Skip(start).Take(after.Count - start - end).ToList();
        if ((long)(oldMiddle.Count + 1) * (newMiddle.Count + 1) > MaxCells)
        {
            result.AddRange(oldMiddle.Select(line => new DiffLine(DiffKind.Removed, line)));
            result.AddRange(newMiddle.Select(line => new DiffLine(DiffKind.Added, line)));
        }
        else
        {
            result.AddRange(Middle(oldMiddle, newMiddle));
        }

        result.AddRange(before.Skip(before.Count - end).Select(line => new DiffLine(DiffKind.Same, line)));
        return result;
    }

    private static List<DiffLine> Middle(List<string> a, List<string> b)
    {
        // common[i, j]: the length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>(a.Count + b.Count);
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffKind.Same, a[x++]));
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                lines.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
        }

        lines.AddRange(a.Skip(x).Select(line => new DiffLine(DiffKind.Removed, line)));
        lines.AddRange(b.Skip(y).Select(line => new DiffLine(DiffKind.Added, line)));
        return lines;
    }
}
