using System.Text.RegularExpressions;
using Portal.Content.Types;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Admin.Content;

/// <summary>
/// Writes the editor's form as a content file, the type's fields in its descriptor's order, one front-matter key a line, with YamlDotNet's own
/// emitter (every value quoted, so that the reader sees the text as typed). Empty fields are left
/// out, as a file would leave them out; the body's line ends become LF.
/// </summary>
public static partial class FrontMatterWriter
{
    public static FrontMatterText Write(ContentTypeDescriptor type, ContentForm form)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<(string Key, object Value)>();
        void Text(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add((key, value.Trim()));
            }
        }

        Text("type", type.Name);
        Text("id", form.Id);
        Text("culture", form.Culture);
        Text("title", form.Title);
        Text("slug", form.Slug);
        Text("summary", form.Summary?.ReplaceLineEndings("\n"));
        Text("published", form.Published);
        foreach (var field in type.Fields)
        {
            var values = form.Fields.GetValueOrDefault(field.Name) ?? [];
            switch (field.Kind)
            {
                case FieldKind.References or FieldKind.Countries or FieldKind.Hazards or FieldKind.Numbers or FieldKind.Tags:
                    // Tags are typed as one text; a list read back from a version passes through the same split.
                    var kept = (field.Kind == FieldKind.Tags ? values.SelectMany(v => (v ?? "").Split(',')) : values.OfType<string>())
                        .Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
                    if (kept.Count > 0)
                    {
                        fields.Add((field.Name, kept));
                    }

                    break;
                case FieldKind.Sources or FieldKind.Partners:
                    var entries = form.EntriesOf(field.Name).Select(e => Parts(field, e)).Where(e => e.Count > 0).ToList();
                    if (entries.Count > 0)
                    {
                        fields.Add((field.Name, entries));
                    }

                    break;
                case FieldKind.Period:
                    if (form.EntriesOf(field.Name).Select(e => Parts(field, e)).FirstOrDefault(e => e.Count > 0) is { } period)
                    {
                        fields.Add((field.Name, period));
                    }

                    break;
                default:
                    var value = values.FirstOrDefault();
                    Text(field.Name, field.Multiline ? value?.ReplaceLineEndings("\n") : value);
                    break;
            }
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

    private static List<(string Key, string Value)> Parts(FieldDescriptor field, IReadOnlyDictionary<string, string?> entry) =>
        [.. field.EntryKeys.Select(k => (Key: k, Value: entry.GetValueOrDefault(k)?.Trim())).Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => (p.Key, p.Value!))];

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
