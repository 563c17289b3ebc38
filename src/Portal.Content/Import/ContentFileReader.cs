using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Content.Import;

/// <summary>
/// Reads one content file and checks every rule of the content format that the file alone can
/// answer (references to other items are checked by the importer, which sees every file).
/// </summary>
public sealed partial class ContentFileReader(Taxonomy taxonomy, MarkdownRenderer markdown, ContentTypeCatalog types)
{
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public ContentDocument? Read(string relativePath, byte[] bytes, List<ImportProblem> problems) =>
        Read(relativePath, bytes, HashOf(bytes), problems);

    /// <param name="checkBody">False only for bytes that passed every check before (the same hash): the body's check costs a Markdown parse.</param>
    public ContentDocument? Read(string relativePath, byte[] bytes, string hash, List<ImportProblem> problems, bool checkBody = true)
    {
        if (bytes.Length > MaxFileBytes)
        {
            problems.Add(new ImportProblem(relativePath, null, "file-size", $"the file is {bytes.Length / 1024} KiB; content files may be at most 1 MiB"));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            problems.Add(new ImportProblem(relativePath, line, "encoding", "the file is not valid UTF-8"));
            return null;
        }

        if (FrontMatter.Split(text) is not { } parts)
        {
            problems.Add(new ImportProblem(relativePath, 1, "front-matter", "the file must start with YAML front matter between two '---' lines"));
            return null;
        }

        YamlMappingNode map;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(parts.Yaml));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new ImportProblem(relativePath, 2, "yaml", "the front matter must be one YAML mapping of fields"));
                return null;
            }

            map = root;
        }
        catch (YamlException e)
        {
            problems.Add(new ImportProblem(relativePath, (int)e.Start.Line + 1, "yaml", (e.InnerException?.Message ?? e.Message).Trim()));
            return null;
        }

        var before = problems.Count;
        var document = ReadFields(relativePath, hash, parts.Body, new FieldReader(map, relativePath, problems));
        if (checkBody && markdown.CheckDepth(parts.Body) is { } depth)
        {
            problems.Add(new ImportProblem(relativePath, parts.BodyLine + depth.Line - 1, MarkdownDepth.Rule, MarkdownDepth.Message));
        }

        return problems.Count == before ? document : null;
    }

    private ContentDocument? ReadFields(string path, string hash, string body, FieldReader fields)
    {
        var type = fields.OneOf("type", types.Names, "unknown-type", required: true);
        var (nameId, nameCulture) = NameParts(path);
        var id = fields.Identifier("id") ?? (fields.Has("id") ? null : AcceptName(nameId, path, fields));
        var culture = fields.OneOf("culture", taxonomy.Site.ContentCultures, "unknown-culture") ?? nameCulture ?? taxonomy.Site.DefaultCulture;
        if (nameCulture is not null && fields.Has("culture") && culture != nameCulture)
        {
            fields.Problem("culture", "culture", $"the file name says '{nameCulture}' but the front matter says '{culture}'");
        }
        else if (nameCulture is not null && !taxonomy.IsContentCulture(nameCulture))
        {
            fields.Problem("id", "unknown-culture", $"'{nameCulture}' in the file name is not a content culture");
        }

        var title = fields.Text("title", required: true);
        var slug = fields.Identifier("slug") ?? id;
        var summary = fields.Text("summary", maxLength: 2000, multiline: true);
        var published = fields.Date("published", zone: null, fullDateOnly: true);
        var references = new List<ContentReference>();
        if (type is not null)
        {
            var descriptor = types[type];
            var dates = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
            foreach (var field in descriptor.Fields)
            {
                ReadField(field, fields, references, dates);
            }

            fields.RefuseUnknown(type);
        }

        if (type is null || id is null || title is null || slug is null)
        {
            return null;
        }

        return new ContentDocument
        {
            RelativePath = path,
            Hash = hash,
            Type = type,
            ContentId = id,
            Culture = culture,
            Slug = slug,
            Title = title,
            Summary = summary,
            Body = body,
            PublishedUtc = published?.StartUtc,
            FieldsJson = fields.Fields.ToJsonString(),
            References = references,
            IdLine = fields.LineOf("id"),
            SlugLine = fields.LineOf(fields.Has("slug") ? "slug" : "id"),
        };
    }

    private void ReadField(FieldDescriptor field, FieldReader fields, List<ContentReference> references, Dictionary<string, PartialDate> dates)
    {
        var name = field.Name;
        switch (field.Kind)
        {
            case FieldKind.Text:
                fields.Text(name, field.Required, field.MaxLength, field.Multiline);
                break;
            case FieldKind.Choice:
                fields.OneOf(name, field.Choices, "unknown-" + name, field.Required);
                break;
            case FieldKind.WholeNumber:
                fields.Integer(name, (long)field.Min, (long)field.Max, field.Required);
                break;
            case FieldKind.RealNumber:
                fields.Decimal(name, field.Min, field.Max, field.Required);
                break;
            case FieldKind.Boolean:
                fields.Boolean(name, field.Required);
                break;
            case FieldKind.Url:
                fields.Url(name, field.Required);
                break;
            case FieldKind.TimeZone:
                if (fields.Text(name, field.Required, field.MaxLength) is { } zoneName && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out _))
                {
                    fields.Problem(name, "timezone", $"'{zoneName}' is not an IANA time zone name");
                }

                break;
            case FieldKind.Date:
                ReadDate(field, fields, dates);
                break;
            case FieldKind.Country:
                fields.Single(name, "unknown-country", Country, "an ISO 3166-1 alpha-2 country code", field.Required);
                break;
            case FieldKind.Countries:
                fields.List(name, "unknown-country", Country, "an ISO 3166-1 alpha-2 country code");
                break;
            case FieldKind.Hazards:
                fields.List(name, "unknown-hazard", v => taxonomy.Hazards.ContainsKey(v) ? v : null, "a hazard of seeds/hazards.yaml");
                break;
            case FieldKind.Numbers:
                fields.List(name, "number", v => Number(v, (int)field.Min, (int)field.Max), NumberExpectation(field));
                break;
            case FieldKind.Tags:
                fields.List(name, "tag", v => v.Length > 0 && v.Length <= field.MaxLength ? v : null, $"a tag of at most {field.MaxLength} characters");
                break;
            case FieldKind.References:
                var line = fields.LineOf(name);
                foreach (var id in fields.List(name, "identifier", v => FieldReader.IdentifierPattern().IsMatch(v) ? v : null, "an item id"))
                {
                    references.Add(new ContentReference(id, [.. field.ReferenceTypes], name, line));
                }

                break;
            case FieldKind.Sources:
                Sources(name, fields);
                break;
            case FieldKind.Partners:
                Partners(field, fields, references);
                break;
            case FieldKind.Period:
                Period(name, fields);
                break;
            default:
                throw new InvalidOperationException($"the field '{name}' has a kind the reader does not know: {field.Kind}");
        }
    }

    private static void ReadDate(FieldDescriptor field, FieldReader fields, Dictionary<string, PartialDate> dates)
    {
        TimeZoneInfo? zone = null;
        if (field.ZoneField is { } zoneField && fields.Fields[zoneField]?.ToString() is { } zoneName)
        {
            TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out zone);
        }

        if (fields.Date(field.Name, zone, field.FullDateOnly, field.Required) is not { } date)
        {
            return;
        }

        dates[field.Name] = date;
        if (field.NotBefore is { } earlier && dates.TryGetValue(earlier, out var first) && date.EndUtc <= first.StartUtc && date.StartUtc < first.StartUtc)
        {
            fields.Problem(field.Name, "date", $"'{field.Name}' is before '{earlier}'");
        }
    }

    private static string NumberExpectation(FieldDescriptor field) => field.Numbers switch
    {
        NumberedList.Sdgs => $"a Sustainable Development Goal number from {field.Min} to {field.Max}",
        NumberedList.Essentials => $"one of UNDRR's Ten Essentials, a number from {field.Min} to {field.Max}",
        _ => $"a number from {field.Min} to {field.Max}",
    };

    private static void Period(string name, FieldReader fields)
    {
        if (fields.Mapping(name) is not { } period)
        {
            return;
        }

        var json = new JsonObject();
        PartialDate? start = null, end = null;
        foreach (var (key, value) in period.Children)
        {
            var part = (key as YamlScalarNode)?.Value;
            if (part is not (EntryParts.Start or EntryParts.End) || value is not YamlScalarNode { Value: { } text } || !PartialDate.TryParse(text, null, out var date) || date.Precision == DatePrecision.Time)
            {
                fields.Problem(key, name, $"'{name}' takes '{EntryParts.Start}' and '{EntryParts.End}', each a date or a year");
                continue;
            }

            json[part] = date.Text;
            if (part == EntryParts.Start)
            {
                start = date;
            }
            else
            {
                end = date;
            }
        }

        if (start is { } s && end is { } e && e.StartUtc < s.StartUtc)
        {
            fields.Problem(name, name, $"the {name} ends before it starts");
        }

        fields.Fields[name] = json;
    }

    private static void Partners(FieldDescriptor field, FieldReader fields, List<ContentReference> references) =>
        fields.Objects(field.Name, entry =>
        {
            var reference = FieldReader.ScalarOf(entry, EntryParts.Ref);
            var role = FieldReader.ScalarOf(entry, EntryParts.Role);
            if (reference is null || !FieldReader.IdentifierPattern().IsMatch(reference) || role is null || !field.Choices.Contains(role) || entry.Children.Count != 2)
            {
                fields.Problem(entry, "partner", $"each partner needs exactly '{EntryParts.Ref}' (a {string.Join(" or ", field.ReferenceTypes)} id) and '{EntryParts.Role}' ({string.Join(", ", field.Choices)})");
                return null;
            }

            references.Add(new ContentReference(reference, [.. field.ReferenceTypes], field.Name, FieldReader.Line(entry)));
            return new JsonObject { [EntryParts.Ref] = reference, [EntryParts.Role] = role };
        });

    private string? Country(string value) => taxonomy.Countries.ContainsKey(value.ToUpperInvariant()) ? value.ToUpperInvariant() : null;

    private static void Sources(string name, FieldReader fields) =>
        fields.Objects(name, entry =>
        {
            var title = FieldReader.ScalarOf(entry, EntryParts.Title);
            var url = FieldReader.ScalarOf(entry, EntryParts.Url);
            if (string.IsNullOrEmpty(title) || url is not null && !FieldReader.IsWebUrl(url) || entry.Children.Count > (url is null ? 1 : 2))
            {
                fields.Problem(entry, "source", $"each source needs a '{EntryParts.Title}' and may have a '{EntryParts.Url}' (absolute http or https)");
                return null;
            }

            var json = new JsonObject { [EntryParts.Title] = title };
            if (url is not null)
            {
                json[EntryParts.Url] = url;
            }

            return json;
        });

    private static string? Number(string value, int min, int max) =>
        int.TryParse(value, out var n) && n >= min && n <= max ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string? AcceptName(string nameId, string path, FieldReader fields)
    {
        if (FieldReader.IdentifierPattern().IsMatch(nameId))
        {
            return nameId;
        }

        fields.Problem("title", "identifier", $"the file name '{Path.GetFileName(path)}' does not give a valid id; add an 'id' field");
        return null;
    }

    /// <summary><c>ningbo-sponge-city.zh.md</c> gives the id <c>ningbo-sponge-city</c> and the culture <c>zh</c>.</summary>
    private static (string Id, string? Culture) NameParts(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 && CultureSuffix().IsMatch(name[(dot + 1)..]) ? (name[..dot], name[(dot + 1)..]) : (name, null);
    }

    /// <summary>Only a culture-like suffix (<c>zh</c>, <c>pt-BR</c>) names a translation; <c>report.v2.md</c> does not.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]{2}(-[A-Z]{2})?$")]
    private static partial System.Text.RegularExpressions.Regex CultureSuffix();
}
