using System.Globalization;
using System.Text;

namespace Portal.Benchmarks.Generate;

/// <summary>
/// Writes a Markdown body of about a given size: an opening paragraph, then sections with
/// headings, paragraphs, bulleted and numbered lists, links, and now and then a table.
/// </summary>
public sealed class MarkdownBodyWriter(TextComposer text)
{
    public string Write(int targetBytes, IReadOnlyList<Link> links, bool withTable)
    {
        var random = text.Random;
        var pack = text.Pack;
        var body = new StringBuilder(targetBytes + 512);
        var bytes = 0;
        void Add(string block)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            body.Append(block);
            bytes += Encoding.UTF8.GetByteCount(block) + 2;
        }

        Add(text.Paragraph(2, 4));
        var lastHeading = "";
        var tableWritten = !withTable;
        while (bytes < targetBytes)
        {
            var heading = text.Pick(pack.Headings);
            if (heading != lastHeading)
            {
                Add($"## {heading}");
                lastHeading = heading;
            }

            var kind = random.Next(20);
            if (!tableWritten && kind < 4)
            {
                Add(Table(random));
                tableWritten = true;
            }
            else if (kind < 5)
            {
                Add(List(random, numbered: false));
            }
            else if (kind < 7)
            {
                Add(List(random, numbered: true));
            }
            else if (kind < 10 && links.Count > 0)
            {
                var link = text.Pick(links);
                Add($"{text.Paragraph(1, 3)}{pack.WordSeparator}{pack.MoreLink}: [{link.Title}]({link.Url})");
            }
            else
            {
                Add(text.Paragraph(3, 6));
            }
        }

        return body.ToString();
    }

    private string List(Random random, bool numbered)
    {
        var count = random.Next(3, 7);
        var lines = new List<string>(count);
        for (var i = 1; i <= count; i++)
        {
            var marker = numbered ? $"{i}." : "-";
            lines.Add(random.Next(2) == 0
                ? $"{marker} **{TextComposer.Capitalize(text.Phrase())}{text.Pack.SentenceEnd}**{text.Pack.WordSeparator}{text.Sentence()}"
                : $"{marker} {text.Sentence()}");
        }

        return string.Join('\n', lines);
    }

    private string Table(Random random)
    {
        var rows = random.Next(3, 7);
        var lines = new List<string> { "| Indicator | Before | After |", "| --- | ---: | ---: |" };
        for (var i = 0; i < rows; i++)
        {
            var before = random.Next(5, 900);
            var after = before + random.Next(-before + 1, 400);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {TextComposer.Capitalize(text.Phrase())} | {before} | {after} |"));
        }

        return string.Join('\n', lines);
    }
}
