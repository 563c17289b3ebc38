using System.Text.RegularExpressions;
using Portal.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Admin.Content;

/// <summary>
/// Writes the editor's form as a content file, one front-matter key a line, with YamlDotNet's own
/// emitter (every value quoted, so that the reader sees the text as typed). Empty fields are left
/// out, as a file would leave them out; the body's line ends become LF.
/// </summary>
public static partial class FrontMatterWriter
{
    public static FrontMatterText Write(string type, ContentForm form)
    {
        var fields = new List<(string Key, object Value)>();
        void Text(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add((key, value.Trim()));
            }
        }

        void List(string key, IEnumerable<string?> values)
        {
            var kept = values.Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).ToList();
            if (kept.Count > 0)
            {
                fields.Add((key, kept));
            }
        }

        Text("type", type);
        Text("id", form.Id);
        Text("culture", form.Culture);
        Text("title", form.Title);
        Text("slug", form.Slug);
        Text("summary", form.Summary?.ReplaceLineEndings("\n"));
        Text("published", form.Published);
        List("clusters", form.Clusters);
        List("countries", form.Countries);
        List("cities", form.Cities);
        List("organizations", form.Organizations);
        List("hazards", form.Hazards);
        List("sdgs", form.Sdgs);
        List("tags", (form.Tags ?? "").Split(','));
        Entries(fields, "sources", form.Sources.Select(s => Pairs(("title", s.Title), ("url", s.Url))));
        switch (type)
        {
            case ContentTypes.Event:
                Text("starts", form.Starts);
                Text("ends", form.Ends);
                Text("timezone", form.Timezone);
                Text("venue", form.Venue);
                Text("online", form.Online);
                Text("registration_url", form.RegistrationUrl);
                break;
            case ContentTypes.City:
                Text("country", form.Country);
                Text("region", form.Region);
                Text("population", form.Population);
                Text("latitude", form.Latitude);
                Text("longitude", form.Longitude);
                break;
            case ContentTypes.Organization:
                Text("kind", form.Kind);
                Text("website", form.Website);
                break;
            case ContentTypes.Cluster:
                Text("order", form.Order);
                break;
            case ContentTypes.CaseStudy:
                List("essentials", form.Essentials);
                Text("status", form.Status);
                if (Pairs(("start", form.PeriodStart), ("end", form.PeriodEnd)) is { Count: > 0 } period)
                {
                    fields.Add(("period", period));
                }

                Entries(fields, "partners", form.Partners.Select(p => Pairs(("ref", p.Ref), ("role", p.Role))));
                Text("funding", form.Funding?.ReplaceLineEndings("\n"));
                Text("contact", form.Contact?.ReplaceLineEndings("\n"));
                break;
        }

        var yaml = Emit(fields);
        var keys = new Dictionary<int, string>();
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (KeyAtStart().Match(lines[i]) is { Success: true } match)
            {
                // Line 1 of the file is the opening '---'.
                keys[i + 2] = match.Groups[1].Value;
            }
        }

        // The YAML ends with a line end, so its last split line is empty: the closing '---' takes that line's number.
        keys[lines.Length + 2] = "body";
        var body = (form.Body ?? "").ReplaceLineEndings("\n");
        return new FrontMatterText($"---\n{yaml}---\n{body}", keys);
    }

    private static List<(string Key, string Value)> Pairs(params (string Key, string? Value)[] pairs) =>
        [.. pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => (p.Key, p.Value!.Trim()))];

    private static void Entries(List<(string Key, object Value)> fields, string key, IEnumerable<List<(string Key, string Value)>> entries)
    {
        var kept = entries.Where(e => e.Count > 0).ToList();
        if (kept.Count > 0)
        {
            fields.Add((key, kept));
        }
    }

    private static string Emit(List<(string Key, object Value)> fields)
    {
        using var writer = new StringWriter();
        // A width no line reaches: each key stays on one line, so that a problem's line names its field.
        var emitter = new Emitter(writer, 2, 1_000_000);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
        foreach (var (key, value) in fields)
        {
            emitter.Emit(new Scalar(key));
            EmitValue(emitter, value);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().ReplaceLineEndings("\n");
    }

    private static void EmitValue(Emitter emitter, object value)
    {
        switch (value)
        {
            case string text:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.DoubleQuoted, true, true));
                break;
            case List<string> list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow));
                list.ForEach(item => EmitValue(emitter, item));
                emitter.Emit(new SequenceEnd());
                break;
            case List<(string Key, string Value)> mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow));
                foreach (var (key, text) in mapping)
                {
                    emitter.Emit(new Scalar(key));
                    EmitValue(emitter, text);
                }

                emitter.Emit(new MappingEnd());
                break;
            case List<List<(string Key, string Value)>> entries:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow));
                entries.ForEach(entry => EmitValue(emitter, entry));
                emitter.Emit(new SequenceEnd());
                break;
        }
    }

    [GeneratedRegex("^([a-z_]+):")]
    private static partial Regex KeyAtStart();
}
