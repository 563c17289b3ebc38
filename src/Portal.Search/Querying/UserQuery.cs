using System.Text.RegularExpressions;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// What a person typed, read forgivingly: plain words, "quoted phrases", -excluded words,
/// <c>field:value</c> filters on the keyword fields, and <c>prefix*</c>. Nothing here can fail:
/// unbalanced quotes, lone operators and stray symbols are read as plain text.
/// </summary>
public sealed partial record UserQuery(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Excluded,
    IReadOnlyList<(string Field, string Value)> Filters,
    IReadOnlyList<string> Prefixes)
{
    public const int MaxLength = 1000;

    public bool HasText => Words.Count > 0 || Phrases.Count > 0 || Prefixes.Count > 0;

    public static UserQuery Parse(string? text)
    {
        List<string> words = [], phrases = [], excluded = [], prefixes = [];
        List<(string, string)> filters = [];
        var clean = new string((text ?? "").Take(MaxLength).Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        foreach (Match match in Token().Matches(clean))
        {
            var negated = match.Groups["neg"].Success;
            if (match.Groups["phrase"].Success)
            {
                var phrase = match.Groups["phrase"].Value.Trim();
                if (phrase.Length > 0)
                {
                    (negated ? excluded : phrases).Add(phrase);
                }

                continue;
            }

            var word = match.Groups["word"].Value;
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < word.Length - 1 && SearchFields.Keywords.Contains(word[..colon].ToLowerInvariant()) && !negated)
            {
                filters.Add((word[..colon].ToLowerInvariant(), word[(colon + 1)..]));
            }
            else if (word is "AND" or "OR" or "NOT" or "&&" or "||")
            {
                // Boolean operators are not offered; all words are preferred and any word is accepted.
            }
            else if (word.EndsWith('*') && word.TrimEnd('*').Length >= 2 && !negated)
            {
                prefixes.Add(word.TrimEnd('*').ToLowerInvariant());
            }
            else
            {
                (negated ? excluded : words).Add(word.Trim('*', '?', '~', '^', '(', ')', '[', ']', '{', '}', '!', '+', '\\'));
            }
        }

        words.RemoveAll(string.IsNullOrWhiteSpace);
        excluded.RemoveAll(string.IsNullOrWhiteSpace);
        return new UserQuery(words, phrases, excluded, filters, prefixes);
    }

    [GeneratedRegex("""(?<neg>-)?"(?<phrase>[^"]*)"?|(?<neg>-(?=\S))?(?<word>[^\s"]+)""")]
    private static partial Regex Token();
}
