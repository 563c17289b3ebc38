namespace Portal.Benchmarks.Generate;

/// <summary>
/// The words of one language that the generator strings into sentences:
/// <c>[opener] subject verb object [and object] [tail] end</c>. Openers and tails may hold
/// <c>{n}</c>, <c>{year}</c>, <c>{place}</c> and <c>{hazard}</c>.
/// </summary>
public sealed record LanguagePack(
    string Culture,
    string WordSeparator,
    string SentenceEnd,
    string And,
    IReadOnlyList<string> Openers,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> Objects,
    IReadOnlyList<string> Tails,
    IReadOnlyList<string> Headings,
    string TitleFormat,
    string MoreLink);
