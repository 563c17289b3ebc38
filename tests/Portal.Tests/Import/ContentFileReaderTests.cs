using System.Text;
using System.Text.Json.Nodes;
using Portal.Content.Import;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Import;

public sealed class ContentFileReaderTests(SeedsFixture seeds)
{
    /// <summary>Every field the contract gives every type, some written loosely to check that they come out normalised.</summary>
    private const string CommonFields = """
        title: "  Resilient cities learning from one another  "
        slug: resilient-cities
        culture: en
        summary: Cities of the Global South share what worked.
        published: 2019-10-31T09:00:00+08:00
        clusters: [disaster-risk-reduction]
        countries: [cn, LB, CN]
        cities: [ningbo]
        organizations: [undrr-onea-geti]
        hazards: [flood, tropical-cyclone]
        sdgs: ["11", 13, 11]
        tags: [resilience, ten essentials, resilience]
        sources:
          - title: UNDRR
            url: https://www.undrr.org/
          - title: Field notes
        """;

    private readonly ContentFileReader reader = new(seeds.Taxonomy, new MarkdownRenderer(), new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All));

    // ---- a valid file of each type ----

    [Fact]
    public void Read_ClusterWithEveryField_ReadsNormalisedFields()
    {
        var (document, fields) = ReadValid("clusters/drr.md", ContentTypes.Cluster, "drr", "order: 2");

        Assert.Equal(2, (int)fields["order"]!);
        Assert.Equal(ContentTypes.Cluster, document.Type);
    }

    [Fact]
    public void Read_CaseStudyWithEveryField_ReadsNormalisedFields()
    {
        var (document, fields) = ReadValid("case-studies/ningbo-sponge-city.md", ContentTypes.CaseStudy, "ningbo-sponge-city", """
            essentials: [4, "5", 10]
            status: ongoing
            period: {start: 2013, end: 2020-06}
            partners:
              - {ref: ningbo, role: provider}
              - {ref: iclei-east-asia, role: facilitator}
            funding: Municipal budget and a national sponge-city pilot grant.
            contact: Ningbo Housing and Urban-Rural Development Bureau
            """);

        Assert.Equal("[4,5,10]", fields["essentials"]!.ToJsonString());
        Assert.Equal("ongoing", (string?)fields["status"]);
        Assert.Equal("""{"start":"2013","end":"2020-06"}""", fields["period"]!.ToJsonString());
        Assert.Equal("""[{"ref":"ningbo","role":"provider"},{"ref":"iclei-east-asia","role":"facilitator"}]""", fields["partners"]!.ToJsonString());
        Assert.Equal("Municipal budget and a national sponge-city pilot grant.", (string?)fields["funding"]);
        Assert.Equal("Ningbo Housing and Urban-Rural Development Bureau", (string?)fields["contact"]);
        var partner = Assert.Single(document.References, r => r.ContentId == "iclei-east-asia");
        Assert.Equal("partners", partner.Field);
        Assert.Equal([ContentTypes.City, ContentTypes.Organization], partner.AllowedTypes);
    }

    [Fact]
    public void Read_EventWithEveryField_ReadsNormalisedFields()
    {
        var (_, fields) = ReadValid("events/ningbo-drr-training-2019.md", ContentTypes.Event, "ningbo-drr-training-2019", """
            starts: 2019-10-31T09:00
            ends: 2019-11-01
            timezone: Asia/Shanghai
            venue: Ningbo, Zhejiang, China
            online: false
            registration_url: https://example.org/register
            """);

        Assert.Equal("2019-10-31T09:00:00", (string?)fields["starts"]);
        Assert.Equal("2019-11-01", (string?)fields["ends"]);
        Assert.Equal("Asia/Shanghai", (string?)fields["timezone"]);
        Assert.Equal("Ningbo, Zhejiang, China", (string?)fields["venue"]);
        Assert.False((bool)fields["online"]!);
        Assert.Equal("https://example.org/register", (string?)fields["registration_url"]);
    }

    [Fact]
    public void Read_CityWithEveryField_ReadsNormalisedFields()
    {
        var (_, fields) = ReadValid("cities/ningbo.md", ContentTypes.City, "ningbo", """
            country: cn
            region: Zhejiang
            population: 9400000
            latitude: 29.87
            longitude: "121.54"
            """);

        Assert.Equal("CN", (string?)fields["country"]);
        Assert.Equal("Zhejiang", (string?)fields["region"]);
        Assert.Equal(9_400_000, (long)fields["population"]!);
        Assert.Equal(29.87, (double)fields["latitude"]!);
        Assert.Equal(121.54, (double)fields["longitude"]!);
    }

    [Fact]
    public void Read_OrganizationWithEveryField_ReadsNormalisedFields()
    {
        var (_, fields) = ReadValid("organizations/undrr.md", ContentTypes.Organization, "undrr", """
            kind: un-agency
            website: https://www.undrr.org/
            """);

        Assert.Equal("un-agency", (string?)fields["kind"]);
        Assert.Equal("https://www.undrr.org/", (string?)fields["website"]);
    }

    [Fact]
    public void Read_NewsWithEveryField_ReadsNormalisedFields()
    {
        var (document, _) = ReadValid("news/unossc-visit-ndrcc-2023.md", ContentTypes.News, "unossc-visit-ndrcc-2023", "");

        Assert.Equal(ContentTypes.News, document.Type);
    }

    [Fact]
    public void Read_PageWithEveryField_ReadsNormalisedFields()
    {
        var (document, _) = ReadValid("pages/about.md", ContentTypes.Page, "about", "");

        Assert.Equal(ContentTypes.Page, document.Type);
    }

    // ---- defaults ----

    [Fact]
    public void Read_NoIdSlugOrCulture_TakesIdFromFileNameSlugFromIdAndDefaultCulture()
    {
        var document = Accepted("news/unossc-visit-ndrcc-2023.md", """
            ---
            type: News
            title: UNOSSC visits the NDRCC
            ---
            Body.
            """);

        Assert.Equal("unossc-visit-ndrcc-2023", document.ContentId);
        Assert.Equal("unossc-visit-ndrcc-2023", document.Slug);
        Assert.Equal("en", document.Culture);
        Assert.Null(document.PublishedUtc);
        Assert.Equal("Body.", document.Body);
    }

    [Fact]
    public void Read_TranslationFileName_TakesCultureFromFileNameAndSharesId()
    {
        var document = Accepted("clusters/disaster-risk-reduction.zh.md", """
            ---
            type: Cluster
            title: 减少灾害风险
            ---
            """);

        Assert.Equal("disaster-risk-reduction", document.ContentId);
        Assert.Equal("zh", document.Culture);
        Assert.Equal("disaster-risk-reduction", document.Slug);
        Assert.Equal("减少灾害风险", document.Title);
    }

    [Fact]
    public void Read_TranslationFileNameAgreeingWithFrontMatter_IsAccepted()
    {
        var document = Accepted("clusters/disaster-risk-reduction.zh.md", """
            ---
            type: Cluster
            culture: zh
            title: 减少灾害风险
            ---
            """);

        Assert.Equal("zh", document.Culture);
    }

    [Fact]
    public void Read_SlugGivenWithoutId_KeepsSlugAndTakesIdFromFileName()
    {
        var document = Accepted("pages/about-the-portal.md", """
            ---
            type: Page
            title: About
            slug: about
            ---
            """);

        Assert.Equal("about-the-portal", document.ContentId);
        Assert.Equal("about", document.Slug);
        Assert.Equal(4, document.SlugLine);
    }

    [Fact]
    public void Read_PublishedDate_IsMidnightUtc()
    {
        var document = Accepted("news/x.md", """
            ---
            type: News
            title: X
            published: 2023-06-15
            ---
            """);

        Assert.Equal(new DateTime(2023, 6, 15, 0, 0, 0, DateTimeKind.Utc), document.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, document.PublishedUtc!.Value.Kind);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntype: Page\ntitle: About\n---\nBody.\n")).ToArray();
        var problems = new List<ImportProblem>();

        var document = reader.Read("pages/about.md", bytes, problems);

        Assert.Empty(problems);
        Assert.NotNull(document);
        Assert.Equal("About", document.Title);
    }

    [Fact]
    public void Read_WindowsLineEndings_AreAccepted()
    {
        var document = Accepted("pages/about.md", "---\r\ntype: Page\r\ntitle: About\r\n---\r\nBody.\r\n");

        Assert.Equal("About", document.Title);
        Assert.Equal("Body.", document.Body);
    }

    [Fact]
    public void Read_FileOfExactlyOneMebibyte_IsAccepted()
    {
        var head = "---\ntype: Page\ntitle: About\n---\n";
        var text = head + new string('a', ContentFileReader.MaxFileBytes - head.Length);

        var document = Accepted("pages/about.md", text);

        Assert.Equal(ContentFileReader.MaxFileBytes - head.Length, document.Body.Length);
    }

    // ---- event dates ----

    [Theory]
    [InlineData("starts: 2020-Q1", "2020-Q1")]
    [InlineData("starts: 2023-09", "2023-09")]
    [InlineData("starts: 2020", "2020")]
    [InlineData("starts: 2019-10-31", "2019-10-31")]
    [InlineData("starts: 2019-10-31T09:00:00+08:00", "2019-10-31T09:00:00+08:00")]
    [InlineData("starts: 2019-10-31T09:00\ntimezone: Asia/Shanghai", "2019-10-31T09:00:00")]
    public void Read_EventStartsInEachForm_IsAccepted(string fields, string expected)
    {
        var document = Accepted("events/x.md", $"---\ntype: Event\ntitle: Workshop\n{fields}\n---\n");

        Assert.Equal(expected, (string?)JsonNode.Parse(document.FieldsJson)!["starts"]);
    }

    [Fact]
    public void Read_EventLocalStartInTimezone_ComparesEndsInUtc()
    {
        // 09:00 in Shanghai is 01:00 UTC, so an end at 00:30 UTC is before the start.
        var problem = Refused("events/x.md", """
            ---
            type: Event
            title: Workshop
            starts: 2019-10-31T09:00
            ends: 2019-10-31T00:30:00Z
            timezone: Asia/Shanghai
            ---
            """);

        AssertProblem(problem, "events/x.md:5: date:");
        Assert.Contains("before", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EventLocalStartInTimezone_AcceptsEndsAfterItInUtc()
    {
        var document = Accepted("events/x.md", """
            ---
            type: Event
            title: Workshop
            starts: 2019-10-31T09:00
            ends: 2019-10-31T01:30:00Z
            timezone: Asia/Shanghai
            ---
            """);

        Assert.Equal("2019-10-31T01:30:00+00:00", (string?)JsonNode.Parse(document.FieldsJson)!["ends"]);
    }

    [Fact]
    public void Read_EventOnDayClocksSkipMidnight_IsAccepted()
    {
        // Lebanon moves its clocks from 00:00 to 01:00 on the last Sunday of March: midnight never happens that day.
        var document = Accepted("events/beirut-workshop.md", """
            ---
            type: Event
            title: Workshop in Beirut
            starts: 2024-03-31
            timezone: Asia/Beirut
            ---
            """);

        Assert.Equal("2024-03-31", (string?)JsonNode.Parse(document.FieldsJson)!["starts"]);
    }

    // ---- refusals: the file as a whole ----

    [Fact]
    public void Read_BrokenYaml_RefusesAtLineOfError()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            title: Floods: what cities learnt
            ---
            """);

        AssertProblem(problem, "news/x.md:3: yaml:");
    }

    [Fact]
    public void Read_DuplicateField_RefusesAsYamlAtSecondOccurrence()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            title: One
            title: Two
            ---
            """);

        AssertProblem(problem, "news/x.md:4: yaml:");
    }

    [Fact]
    public void Read_FrontMatterNotAMapping_RefusesAsYaml()
    {
        var problem = Refused("news/x.md", """
            ---
            - type: News
            ---
            """);

        AssertProblem(problem, "news/x.md:2: yaml:");
    }

    [Theory]
    [InlineData("# Just Markdown\n\nNo front matter.\n")]
    [InlineData("---\ntype: News\ntitle: Never closed\n")]
    [InlineData("")]
    public void Read_NoFrontMatter_RefusesAsFrontMatter(string text)
    {
        AssertProblem(Refused("news/x.md", text), "news/x.md:1: front-matter:");
    }

    [Fact]
    public void Read_FileOverOneMebibyte_RefusesAsFileSize()
    {
        var head = "---\ntype: Page\ntitle: About\n---\n";
        var text = head + new string('a', ContentFileReader.MaxFileBytes - head.Length + 1);

        var problem = Refused("pages/about.md", text);

        Assert.Equal("pages/about.md", problem.File);
        Assert.Null(problem.Line);
        Assert.Equal("file-size", problem.Rule);
        Assert.Contains("1 MiB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_RefusesAsEncodingAtLineOfBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntype: News\ntitle: Caf\u00e9\nsummary: bad \u0001 byte\n---\n");
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xFF;
        var problems = new List<ImportProblem>();

        var document = reader.Read("news/x.md", bytes, problems);

        Assert.Null(document);
        AssertProblem(Assert.Single(problems), "news/x.md:4: encoding:");
    }

    [Theory]
    [InlineData(">")]
    [InlineData("[")]
    [InlineData("*a ")]
    public void Read_BodyNestedTooDeeply_RefusesAsMarkdownDepthAtItsLine(string unit)
    {
        // About 100 KB, far under the size limit: 100,000 '>', 50,000 '[' then ']', 30,000 '*a '.
        var deep = unit == "[" ? new string('[', 50_000) + new string(']', 50_000) : string.Concat(Enumerable.Repeat(unit, unit == ">" ? 100_000 : 30_000));
        var problem = Refused("news/x.md", $"---\ntype: News\ntitle: X\n---\n\nAn ordinary first paragraph.\n\n{deep}\n");

        AssertProblem(problem, "news/x.md:8: markdown-depth: ");
        Assert.Contains($"{MarkdownDepth.Limit} levels", problem.Message, StringComparison.Ordinal);
    }

    // ---- refusals: required and identifying fields ----

    [Fact]
    public void Read_MissingTitle_RefusesAsRequiredField()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            summary: A news item without a title.
            ---
            """);

        AssertProblem(problem, "news/x.md:1: required-field:");
        Assert.Contains("'title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingType_RefusesAsRequiredField()
    {
        var problem = Refused("news/x.md", """
            ---
            title: No type
            ---
            """);

        AssertProblem(problem, "news/x.md:1: required-field:");
        Assert.Contains("'type'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownType_RefusesAsUnknownType()
    {
        var problem = Refused("news/x.md", """
            ---
            title: Article
            type: Article
            ---
            """);

        AssertProblem(problem, "news/x.md:3: unknown-type:");
        Assert.Contains("'Article'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownCulture_RefusesAsUnknownCulture()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            title: Nachrichten
            culture: de
            ---
            """);

        AssertProblem(problem, "news/x.md:4: unknown-culture:");
    }

    [Fact]
    public void Read_UnknownCultureInFileName_RefusesAsUnknownCulture()
    {
        var problem = Refused("pages/about.de.md", """
            ---
            type: Page
            title: Über uns
            ---
            """);

        AssertProblem(problem, "pages/about.de.md:1: unknown-culture:");
        Assert.Contains("'de'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileNameCultureConflictsWithFrontMatter_RefusesAsCulture()
    {
        var problem = Refused("clusters/disaster-risk-reduction.zh.md", """
            ---
            type: Cluster
            title: Disaster risk reduction
            culture: en
            ---
            """);

        AssertProblem(problem, "clusters/disaster-risk-reduction.zh.md:4: culture:");
        Assert.Contains("'zh'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: Ningbo_Sponge_City", 4)]
    [InlineData("id: ningbo--sponge", 4)]
    [InlineData("slug: ningbo sponge city", 4)]
    [InlineData("slug: -ningbo", 4)]
    public void Read_BadIdentifierCharacters_RefusesAsIdentifier(string field, int line)
    {
        var problem = Refused("case-studies/x.md", $"---\ntype: CaseStudy\ntitle: Sponge city\n{field}\n---\n");

        AssertProblem(problem, $"case-studies/x.md:{line}: identifier:");
    }

    [Fact]
    public void Read_FileNameNotAnIdentifierWithoutId_RefusesAsIdentifier()
    {
        var problem = Refused("case-studies/Ningbo Sponge City.md", """
            ---
            type: CaseStudy
            title: Sponge city
            ---
            """);

        AssertProblem(problem, "case-studies/Ningbo Sponge City.md:3: identifier:");
        Assert.Contains("add an 'id' field", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileNameNotAnIdentifierWithId_IsAccepted()
    {
        var document = Accepted("case-studies/Ningbo Sponge City.md", """
            ---
            type: CaseStudy
            id: ningbo-sponge-city
            title: Sponge city
            ---
            """);

        Assert.Equal("ningbo-sponge-city", document.ContentId);
        Assert.Equal("ningbo-sponge-city", document.Slug);
    }

    // ---- refusals: common lists ----

    [Theory]
    [InlineData("countries: [CN, XX]", "'XX'")]
    [InlineData("countries: [CHN]", "'CHN'")]
    [InlineData("countries: China", "'China'")]
    public void Read_UnknownCountry_RefusesAsUnknownCountry(string field, string named)
    {
        var problem = Refused("news/x.md", $"---\ntype: News\ntitle: X\n{field}\n---\n");

        AssertProblem(problem, "news/x.md:4: unknown-country:");
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownHazard_RefusesAtLineOfListItem()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            title: X
            hazards:
              - flood
              - typhoon
            ---
            """);

        AssertProblem(problem, "news/x.md:6: unknown-hazard:");
        Assert.Contains("'typhoon'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sdgs: [11, 18]", "'18'")]
    [InlineData("sdgs: [0]", "'0'")]
    [InlineData("sdgs: [eleven]", "'eleven'")]
    public void Read_SdgOutsideOneToSeventeen_RefusesAsNumber(string field, string named)
    {
        var problem = Refused("news/x.md", $"---\ntype: News\ntitle: X\n{field}\n---\n");

        AssertProblem(problem, "news/x.md:4: number:");
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EssentialEleven_RefusesAsNumber()
    {
        var problem = Refused("case-studies/x.md", """
            ---
            type: CaseStudy
            title: X
            essentials: [10, 11]
            ---
            """);

        AssertProblem(problem, "case-studies/x.md:4: number:");
        Assert.Contains("'11'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- url: https://www.undrr.org/")]
    [InlineData("- title: UNDRR\n    url: javascript:alert(1)")]
    [InlineData("- title: UNDRR\n    link: https://www.undrr.org/")]
    public void Read_BadSourcesEntry_RefusesAsSource(string entry)
    {
        var problem = Refused("news/x.md", $"---\ntype: News\ntitle: X\nsources:\n  {entry}\n---\n");

        AssertProblem(problem, "news/x.md:5: source:");
    }

    [Fact]
    public void Read_SourcesEntryNotAMapping_RefusesAsList()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            title: X
            sources:
              - https://www.undrr.org/
            ---
            """);

        AssertProblem(problem, "news/x.md:5: list:");
    }

    [Fact]
    public void Read_UnknownField_RefusesAsUnknownField()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            title: X
            hazard: [flood]
            ---
            """);

        AssertProblem(problem, "news/x.md:4: unknown-field:");
        Assert.Contains("'hazard'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FieldOfAnotherType_RefusesAsUnknownField()
    {
        var problem = Refused("news/x.md", """
            ---
            type: News
            title: X
            starts: 2020-01-01
            ---
            """);

        AssertProblem(problem, "news/x.md:4: unknown-field:");
        Assert.Contains("News", problem.Message, StringComparison.Ordinal);
    }

    // ---- refusals: dates ----

    [Theory]
    [InlineData("2019-13-45")]
    [InlineData("2020-Q1")]
    [InlineData("2020-03")]
    [InlineData("2020")]
    [InlineData("2019-10-31T09:00")]
    [InlineData("last spring")]
    public void Read_PublishedNotAFullDate_RefusesAsDate(string value)
    {
        var problem = Refused("news/x.md", $"---\ntype: News\ntitle: X\npublished: {value}\n---\n");

        AssertProblem(problem, "news/x.md:4: date:");
        Assert.Contains($"'{value}'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("2020-Q5")]
    [InlineData("2019-10-31T09:00")]
    public void Read_EventBadStarts_RefusesAsDate(string value)
    {
        var problem = Refused("events/x.md", $"---\ntype: Event\ntitle: Workshop\nstarts: {value}\n---\n");

        AssertProblem(problem, "events/x.md:4: date:");
    }

    [Fact]
    public void Read_EventWithoutStarts_RefusesAsRequiredField()
    {
        var problem = Refused("events/x.md", """
            ---
            type: Event
            title: Workshop
            ends: 2020-01-01
            ---
            """);

        AssertProblem(problem, "events/x.md:1: required-field:");
        Assert.Contains("'starts'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EventEndsBeforeStarts_RefusesAsDateAtEnds()
    {
        var problem = Refused("events/x.md", """
            ---
            type: Event
            title: Workshop
            starts: 2019-11-01
            ends: 2019-10-31
            ---
            """);

        AssertProblem(problem, "events/x.md:5: date:");
    }

    [Fact]
    public void Read_EventEndingInTheMonthItStarts_IsAccepted()
    {
        var (document, problems) = Read("events/x.md", """
            ---
            type: Event
            title: Workshop
            starts: 2020-03-10
            ends: 2020-03
            ---
            """);

        Assert.Empty(problems);
        Assert.NotNull(document);
    }

    [Fact]
    public void Read_EventLocalTimeInFreeForm_RefusesAsDate()
    {
        var problem = Refused("events/x.md", """
            ---
            type: Event
            title: Workshop
            starts: 31 Oct 2019 09:00
            timezone: Asia/Shanghai
            ---
            """);

        AssertProblem(problem, "events/x.md:4: date:");
    }

    [Fact]
    public void Read_DotInFileNameThatIsNoCulture_KeepsTheDefaultCulture()
    {
        var (document, problems) = Read("news/report.v2.md", """
            ---
            type: News
            id: report-v2
            title: Report, second edition
            ---
            """);

        Assert.Empty(problems);
        Assert.Equal("en", document!.Culture);
    }

    [Fact]
    public void Read_EventUnknownTimezone_RefusesAsTimezone()
    {
        var problem = Refused("events/x.md", """
            ---
            type: Event
            title: Workshop
            starts: 2019-11-01
            timezone: China/Ningbo
            ---
            """);

        AssertProblem(problem, "events/x.md:5: timezone:");
        Assert.Contains("'China/Ningbo'", problem.Message, StringComparison.Ordinal);
    }

    // ---- refusals: type-specific fields ----

    [Fact]
    public void Read_CityWithoutCountry_RefusesAsRequiredField()
    {
        var problem = Refused("cities/ningbo.md", """
            ---
            type: City
            title: Ningbo
            ---
            """);

        AssertProblem(problem, "cities/ningbo.md:1: required-field:");
        Assert.Contains("'country'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latitude: 91")]
    [InlineData("latitude: -90.5")]
    [InlineData("longitude: 181")]
    [InlineData("latitude: north")]
    [InlineData("latitude: NaN")]
    [InlineData("population: -1")]
    public void Read_CityCoordinateOrPopulationOutOfRange_RefusesAsNumber(string field)
    {
        var problem = Refused("cities/ningbo.md", $"---\ntype: City\ntitle: Ningbo\ncountry: CN\n{field}\n---\n");

        AssertProblem(problem, "cities/ningbo.md:5: number:");
    }

    [Fact]
    public void Read_UnknownOrganizationKind_RefusesAsUnknownKind()
    {
        var problem = Refused("organizations/x.md", """
            ---
            type: Organization
            title: X
            kind: charity
            ---
            """);

        AssertProblem(problem, "organizations/x.md:4: unknown-kind:");
        Assert.Contains("'charity'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://x")]
    [InlineData("www.undrr.org")]
    public void Read_WebsiteNotHttp_RefusesAsUrl(string url)
    {
        var problem = Refused("organizations/x.md", $"---\ntype: Organization\ntitle: X\nwebsite: \"{url}\"\n---\n");

        AssertProblem(problem, "organizations/x.md:4: url:");
    }

    [Fact]
    public void Read_EventRegistrationUrlNotHttp_RefusesAsUrl()
    {
        var problem = Refused("events/x.md", """
            ---
            type: Event
            title: Workshop
            starts: 2020
            registration_url: "javascript:alert(1)"
            ---
            """);

        AssertProblem(problem, "events/x.md:5: url:");
    }

    [Theory]
    [InlineData("- {ref: ningbo, role: sponsor}")]
    [InlineData("- {role: provider}")]
    [InlineData("- {ref: Ningbo City, role: provider}")]
    [InlineData("- {ref: ningbo, role: provider, since: 2019}")]
    public void Read_BadPartner_RefusesAsPartner(string entry)
    {
        var problem = Refused("case-studies/x.md", $"---\ntype: CaseStudy\ntitle: X\npartners:\n  {entry}\n---\n");

        AssertProblem(problem, "case-studies/x.md:5: partner:");
    }

    [Fact]
    public void Read_UnknownCaseStudyStatus_RefusesAsUnknownStatus()
    {
        var problem = Refused("case-studies/x.md", """
            ---
            type: CaseStudy
            title: X
            status: finished
            ---
            """);

        AssertProblem(problem, "case-studies/x.md:4: unknown-status:");
    }

    [Fact]
    public void Read_PeriodEndingBeforeItStarts_RefusesAsPeriod()
    {
        var problem = Refused("case-studies/x.md", """
            ---
            type: CaseStudy
            title: X
            period: {start: 2020, end: 2019}
            ---
            """);

        AssertProblem(problem, "case-studies/x.md:4: period:");
    }

    [Fact]
    public void Read_EveryProblemOfAFile_IsReportedAtOnce()
    {
        var (document, problems) = Read("news/x.md", """
            ---
            type: News
            title: X
            countries: [XX]
            hazards: [typhoon]
            sdgs: [18]
            ---
            """);

        Assert.Null(document);
        Assert.Equal(["unknown-country", "unknown-hazard", "number"], problems.Select(p => p.Rule));
        Assert.Equal([4, 5, 6], problems.Select(p => p.Line));
    }

    // ---- helpers ----

    /// <summary>Reads a file of <paramref name="type"/> with every common field and the given type fields, and checks the common ones.</summary>
    private (ContentDocument Document, JsonObject Fields) ReadValid(string path, string type, string id, string typeFields)
    {
        var text = $"---\ntype: {type}\nid: {id}\n{CommonFields}\n{typeFields}\n---\n\nThe body, in **Markdown**.\n";
        var document = Accepted(path, text);
        var fields = JsonNode.Parse(document.FieldsJson)!.AsObject();

        Assert.Equal(path, document.RelativePath);
        Assert.Equal(type, document.Type);
        Assert.Equal(id, document.ContentId);
        Assert.Equal("en", document.Culture);
        Assert.Equal("resilient-cities", document.Slug);
        Assert.Equal("Resilient cities learning from one another", document.Title);
        Assert.Equal("Cities of the Global South share what worked.", document.Summary);
        Assert.Equal(new DateTime(2019, 10, 31, 1, 0, 0, DateTimeKind.Utc), document.PublishedUtc);
        Assert.Equal(DateTimeKind.Utc, document.PublishedUtc!.Value.Kind);
        Assert.Equal("The body, in **Markdown**.", document.Body);
        Assert.Equal(ContentFileReader.HashOf(Encoding.UTF8.GetBytes(text)), document.Hash);

        Assert.Equal(type, (string?)fields["type"]);
        Assert.Equal(id, (string?)fields["id"]);
        Assert.Equal("Resilient cities learning from one another", (string?)fields["title"]);
        Assert.Equal("2019-10-31T09:00:00+08:00", (string?)fields["published"]);
        Assert.Equal("""["disaster-risk-reduction"]""", fields["clusters"]!.ToJsonString());
        Assert.Equal("""["CN","LB"]""", fields["countries"]!.ToJsonString());
        Assert.Equal("""["ningbo"]""", fields["cities"]!.ToJsonString());
        Assert.Equal("""["undrr-onea-geti"]""", fields["organizations"]!.ToJsonString());
        Assert.Equal("""["flood","tropical-cyclone"]""", fields["hazards"]!.ToJsonString());
        Assert.Equal("[11,13]", fields["sdgs"]!.ToJsonString());
        Assert.Equal("""["resilience","ten essentials"]""", fields["tags"]!.ToJsonString());
        Assert.Equal("""[{"title":"UNDRR","url":"https://www.undrr.org/"},{"title":"Field notes"}]""", fields["sources"]!.ToJsonString());

        var references = document.References.Where(r => r.Field != "partners").Select(r => (r.Field, r.ContentId, Type: Assert.Single(r.AllowedTypes)));
        Assert.Equal(
            [("clusters", "disaster-risk-reduction", ContentTypes.Cluster), ("cities", "ningbo", ContentTypes.City), ("organizations", "undrr-onea-geti", ContentTypes.Organization)],
            references);
        return (document, fields);
    }

    private (ContentDocument? Document, List<ImportProblem> Problems) Read(string path, string text)
    {
        var problems = new List<ImportProblem>();
        var document = reader.Read(path, Encoding.UTF8.GetBytes(text), problems);
        return (document, problems);
    }

    private ContentDocument Accepted(string path, string text)
    {
        var (document, problems) = Read(path, text);
        Assert.Empty(problems);
        Assert.NotNull(document);
        return document;
    }

    private ImportProblem Refused(string path, string text)
    {
        var (document, problems) = Read(path, text);
        Assert.Null(document);
        return Assert.Single(problems);
    }

    /// <summary>Checks the start of the line an editor sees: <c>FILE:LINE: RULE: message</c>.</summary>
    private static void AssertProblem(ImportProblem problem, string expectedStart) =>
        Assert.StartsWith(expectedStart, problem.ToString(), StringComparison.Ordinal);
}
