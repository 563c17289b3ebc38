using System.Globalization;

namespace Portal.Benchmarks.Generate;

/// <summary>Strings the words of one <see cref="LanguagePack"/> into sentences and paragraphs, with the places and hazards of one item.</summary>
public sealed class TextComposer(Random random, LanguagePack pack, IReadOnlyList<string> places, IReadOnlyList<string> hazards)
{
    public LanguagePack Pack => pack;

    public Random Random => random;

    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public string Place() => Pick(places);

    public string Phrase() => Pick(pack.Objects);

    public string Sentence()
    {
        var separator = pack.WordSeparator;
        var opener = Fill(Pick(pack.Openers));
        var subject = Pick(pack.Subjects);
        if (opener.Length > 0 && separator.Length > 0 && pack.Culture is not "ar")
        {
            subject = char.ToLowerInvariant(subject[0]) + subject[1..];
        }

        var what = Phrase();
        if (random.Next(4) == 0)
        {
            what += separator + pack.And + separator + Phrase();
        }

        return opener + subject + separator + Pick(pack.Verbs) + separator + what + Fill(Pick(pack.Tails)) + pack.SentenceEnd;
    }

    public string Paragraph(int minSentences, int maxSentences)
    {
        var count = random.Next(minSentences, maxSentences + 1);
        return string.Join(pack.WordSeparator, Enumerable.Range(0, count).Select(_ => Sentence()));
    }

    /// <summary>A title in this language: <see cref="LanguagePack.TitleFormat"/> with a place and one or two phrases.</summary>
    public string Title()
    {
        var topic = Phrase();
        if (random.Next(3) == 0)
        {
            topic += pack.WordSeparator + pack.And + pack.WordSeparator + Phrase();
        }

        return pack.TitleFormat.Replace("{place}", Place(), StringComparison.Ordinal).Replace("{topic}", topic, StringComparison.Ordinal);
    }

    public string Fill(string template) =>
        !template.Contains('{', StringComparison.Ordinal)
            ? template
            : template
                .Replace("{n}", random.Next(2, 500).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year}", random.Next(2005, 2026).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{place}", Place(), StringComparison.Ordinal)
                .Replace("{hazard}", Pick(hazards), StringComparison.Ordinal);

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
