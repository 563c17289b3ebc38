using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Content.Import;

/// <summary>
/// Reads one content file and checks every rule of the content format that the file alone can
/// answer (references to other items are checked by the importer, which sees every file).
/// </summary>
public sealed partial class ContentFileReader(Taxonomy taxonomy, MarkdownRenderer markdown)
{
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    public static IReadOnlyList<string> OrganizationKinds { get; } = ["un-agency", "government", "city", "ngo", "academia", "private-sector", "network"];
    public static IReadOnlyList<string> CaseStudyStatuses { get; } = ["planned", "ongoing", "completed"];
    public static IReadOnlyList<string> PartnerRoles { get; } = ["provider", "recipient", "facilitator", "funder"];

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
        var type = fields.OneOf("type", ContentTypes.All, "unknown-type", required: true);
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
        var summary = fields.Text("summary", maxLength: 2000);
        var published = fields.Date("published", zone: null, fullDateOnly: true);
        var references = new List<ContentReference>();
        References(fields, "clusters", [ContentTypes.Cluster], references);
        References(fields, "cities", [ContentTypes.City], references);
        References(fields, "organizations", [ContentTypes.Organization], references);
        Countries(fields, "countries");
        fields.List("hazards", "unknown-hazard", v => taxonomy.Hazards.ContainsKey(v) ? v : null, "a hazard of seeds/hazards.yaml");
        fields.List("sdgs", "number", v => Number(v, 1, 17), "a Sustainable Development Goal number from 1 to 17");
        fields.List("tags", "tag", v => v.Length is > 0 and <= 100 ? v : null, "a tag of at most 100 characters");
        Sources(fields);

        switch (type)
        {
            case ContentTypes.Event:
                EventFields(fields);
                break;
            case ContentTypes.City:
                fields.Single("country", "unknown-country", Country, "an ISO 3166-1 alpha-2 country code", required: true);
                fields.Text("region", maxLength: 200);
                fields.Integer("population", 0, 100_000_000);
                fields.Decimal("latitude", -90, 90);
                fields.Decimal("longitude", -180, 180);
                break;
            case ContentTypes.Organization:
                fields.OneOf("kind", OrganizationKinds, "unknown-kind");
                fields.Url("website");
                break;
            case ContentTypes.Cluster:
                fields.Integer("order", 0, 10_000);
                break;
            case ContentTypes.CaseStudy:
                CaseStudyFields(fields, references);
                break;
        }

        if (type is not null)
        {
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

    private static void EventFields(FieldReader fields)
    {
        TimeZoneInfo? zone = null;
        var zoneName = fields.Text("timezone", maxLength: 100);
        if (zoneName is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out zone))
        {
            fields.Problem("timezone", "timezone", $"'{zoneName}' is not an IANA time zone name");
        }

        var starts = fields.Date("starts", zone, fullDateOnly: false, required: true);
        var ends = fields.Date("ends", zone, fullDateOnly: false);
        if (starts is { } s && ends is { } e && e.EndUtc <= s.StartUtc && e.StartUtc < s.StartUtc)
        {
            fields.Problem("ends", "date", "'ends' is before 'starts'");
        }

        fields.Text("venue", maxLength: 300);
        fields.Boolean("online");
        fields.Url("registration_url");
    }

    private static void CaseStudyFields(FieldReader fields, List<ContentReference> references)
    {
        fields.List("essentials", "number", v => Number(v, 1, 10), "one of UNDRR's Ten Essentials, a number from 1 to 10");
        fields.OneOf("status", CaseStudyStatuses, "unknown-status");
        fields.Text("funding", maxLength: 2000);
        fields.Text("contact", maxLength: 500);
        if (fields.Mapping("period") is { } period)
        {
            var json = new JsonObject();
            PartialDate? start = null, end = null;
            foreach (var (key, value) in period.Children)
            {
                var name = (key as YamlScalarNode)?.Value;
                if (name is not ("start" or "end") || value is not YamlScalarNode { Value: { } text } || !PartialDate.TryParse(text, null, out var date) || date.Precision == DatePrecision.Time)
                {
                    fields.Problem(key, "period", "'period' takes 'start' and 'end', each a date or a year");
                    continue;
                }

                json[name] = date.Text;
                if (name == "start")
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
                fields.Problem("period", "period", "the period ends before it starts");
            }

            fields.Fields["period"] = json;
        }

        fields.Objects("partners", entry =>
        {
            var reference = FieldReader.ScalarOf(entry, "ref");
            var role = FieldReader.ScalarOf(entry, "role");
            if (reference is null || !FieldReader.IdentifierPattern().IsMatch(reference) || role is null || !PartnerRoles.Contains(role) || entry.Children.Count != 2)
            {
                fields.Problem(entry, "partner", $"each partner needs exactly 'ref' (a City or Organization id) and 'role' ({string.Join(", ", PartnerRoles)})");
                return null;
            }

            references.Add(new ContentReference(reference, [ContentTypes.City, ContentTypes.Organization], "partners", FieldReader.Line(entry)));
            return new JsonObject { ["ref"] = reference, ["role"] = role };
        });
    }

    private static void References(FieldReader fields, string key, string[] types, List<ContentReference> references)
    {
        var line = fields.LineOf(key);
        foreach (var id in fields.List(key, "identifier", v => FieldReader.IdentifierPattern().IsMatch(v) ? v : null, "an item id"))
        {
            references.Add(new ContentReference(id, types, key, line));
        }
    }

    private void Countries(FieldReader fields, string key) =>
        fields.List(key, "unknown-country", Country, "an ISO 3166-1 alpha-2 country code");

    private string? Country(string value) => taxonomy.Countries.ContainsKey(value.ToUpperInvariant()) ? value.ToUpperInvariant() : null;

    private static void Sources(FieldReader fields) =>
        fields.Objects("sources", entry =>
        {
            var title = FieldReader.ScalarOf(entry, "title");
            var url = FieldReader.ScalarOf(entry, "url");
            if (string.IsNullOrEmpty(title) || url is not null && !FieldReader.IsWebUrl(url) || entry.Children.Count > (url is null ? 1 : 2))
            {
                fields.Problem(entry, "source", "each source needs a 'title' and may have a 'url' (absolute http or https)");
                return null;
            }

            var json = new JsonObject { ["title"] = title };
            if (url is not null)
            {
                json["url"] = url;
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
