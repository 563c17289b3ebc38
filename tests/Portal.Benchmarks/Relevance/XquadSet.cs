using System.Globalization;
using System.Text;
using System.Text.Json;
using Portal.Benchmarks.Generate;

namespace Portal.Benchmarks.Relevance;

/// <summary>
/// The part of XQuAD kept in <c>shared/data/xquad</c> (SQuAD 1.1 layout, one file per culture), read
/// as the portal's content: each paragraph a <c>Page</c> of its culture, titled by its article and
/// position, with the same id in every culture; each question with the paragraph it belongs to.
/// </summary>
public sealed class XquadSet
{
    public static readonly IReadOnlyList<string> Cultures = ["en", "zh", "ar", "es", "ru"];

    /// <summary>The licence asks for its attribution beside every copy: these files go with the content.</summary>
    private static readonly string[] Attribution = ["README.md", "LICENSE-CC-BY-SA-4.0.txt"];

    private XquadSet(string folder, IReadOnlyList<XquadParagraph> paragraphs, IReadOnlyList<XquadQuestion> questions)
    {
        Folder = folder;
        Paragraphs = paragraphs;
        Questions = questions;
    }

    public string Folder { get; }

    public IReadOnlyList<XquadParagraph> Paragraphs { get; }

    public IReadOnlyList<XquadQuestion> Questions { get; }

    /// <summary>Where CI and the machines keep it: <c>shared/</c> beside the repository's folder.</summary>
    public static string DefaultFolder(string repositoryRoot) => Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "data", "xquad"));

    public static XquadSet Read(string folder)
    {
        List<XquadParagraph> paragraphs = [];
        List<XquadQuestion> questions = [];
        foreach (var culture in Cultures)
        {
            var path = Path.Combine(folder, $"xquad-dev.{culture}.json");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} does not exist: the relevance set is kept in shared/data/xquad beside the repository", path);
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var article in json.RootElement.GetProperty("data").EnumerateArray())
            {
                var title = article.GetProperty("title").GetString()!.Replace('_', ' ');
                var position = 0;
                foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
                {
                    position++;
                    var id = $"xquad-{Slug.Of(title)}-{position.ToString(CultureInfo.InvariantCulture)}";
                    paragraphs.Add(new XquadParagraph(id, culture, $"{title} {position.ToString(CultureInfo.InvariantCulture)}", paragraph.GetProperty("context").GetString()!, Slug.Of(title)));
                    foreach (var question in paragraph.GetProperty("qas").EnumerateArray())
                    {
                        questions.Add(new XquadQuestion(culture, question.GetProperty("question").GetString()!, id));
                    }
                }
            }
        }

        return new XquadSet(folder, paragraphs, questions);
    }

    /// <summary>
    /// Writes one content file per paragraph into <paramref name="contentFolder"/> (the original in
    /// English, <c>NAME.CULTURE.md</c> beside it) and the set's README and licence into
    /// <paramref name="attributionFolder"/>, which must not be the content folder (a README is no content file).
    /// </summary>
    public void WriteContent(string contentFolder, string attributionFolder)
    {
        var folder = Directory.CreateDirectory(Path.Combine(contentFolder, "xquad")).FullName;
        foreach (var paragraph in Paragraphs)
        {
            var name = paragraph.Culture == "en" ? paragraph.Id : $"{paragraph.Id}.{paragraph.Culture}";
            File.WriteAllText(Path.Combine(folder, name + ".md"), $"""
                ---
                type: Page
                id: {paragraph.Id}
                culture: {paragraph.Culture}
                title: {YamlText.Quote(paragraph.Title)}
                published: 2024-01-01
                sources:
                  - {"{"}title: "XQuAD (CC BY-SA 4.0)", url: "https://github.com/google-deepmind/xquad"{"}"}
                ---

                {Escape(paragraph.Text)}

                """, Encoding.UTF8);
        }

        Directory.CreateDirectory(attributionFolder);
        foreach (var file in Attribution)
        {
            File.Copy(Path.Combine(Folder, file), Path.Combine(attributionFolder, file), overwrite: true);
        }
    }

    /// <summary>A paragraph is plain text: what Markdown would read as markup is escaped.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
