using System.Globalization;
using Portal.Content.Model;

namespace Portal.Benchmarks.Generate;

/// <summary>
/// Writes one planned item and its translations. Each item draws from its own random numbers
/// (seeded by the set's seed and the item's index), so items can be written in parallel and a
/// seed always gives the same files.
/// </summary>
public sealed class ItemWriter(ContentPlan plan, SeedTerms terms, string root, int seed)
{
    private const double MedianFileBytes = 3000;
    private const double BodySpread = 0.8;
    private const int MinFileBytes = 300;
    private const int MaxFileBytes = 19_500;
    private static readonly DateOnly FirstPublished = new(2015, 1, 1);
    private static readonly DateOnly LastPublished = new(2026, 12, 31);
    private static readonly string[] Offsets = ["+08:00", "+00:00", "-05:00", "+03:00", "+05:30", "+01:00"];

    public IReadOnlyList<WrittenFile> Write(PlannedItem item)
    {
        var random = new Random(StableHash.Seed(seed, item.Index));
        var cityRefs = CityReferences(item, random);
        var organizationRefs = item.Type is ContentTypes.Cluster or ContentTypes.City or ContentTypes.Organization
            ? []
            : Distinct(random, plan.Organizations, random.Next(0, 4));
        var places = cityRefs.Select(c => c.Title).Append(item.Place).Where(p => p.Length > 0).Distinct().ToList();
        if (places.Count == 0)
        {
            places.Add(plan.Cities[random.Next(plan.Cities.Count)].Title);
        }

        var english = new TextComposer(random, LanguagePacks.English, places, terms.HazardNames("en"));
        var fields = Fields(item, random, english, cityRefs, organizationRefs);
        var links = cityRefs.Select(c => new Link(c.Title, $"/cities/{c.Id}"))
            .Concat(organizationRefs.Select(o => new Link(o.Title, $"/organizations/{o.Id}")))
            .Append(new Link(english.Pick(Vocabulary.SourcePublishers), $"https://example.org/sources/{item.Id}"))
            .ToList();
        // The body stops after the block that reaches its target, about 250 bytes later on average.
        var bodyBytes = Math.Max(FileBytes(random) - fields.Render("").Length - 250, 80);
        var body = new MarkdownBodyWriter(english).Write(bodyBytes, links, withTable: random.Next(5) == 0);
        var written = new List<WrittenFile>(1 + item.Translations.Count) { Save(item, $"{item.Id}.md", "en", fields.Render(body)) };

        foreach (var culture in item.Translations)
        {
            var text = new TextComposer(random, LanguagePacks.For(culture), places, terms.HazardNames(culture));
            var title = item.Type == ContentTypes.Cluster
                ? ClusterDefinition.All.First(c => c.Id == item.Id).ChineseTitle
                : text.Title();
            var translated = fields
                .With("title", YamlText.Quote(title))
                .With("summary", YamlText.Quote(text.Sentence() + text.Pack.WordSeparator + text.Sentence()));
            var share = 0.5 + (random.NextDouble() / 2);
            var translatedBody = new MarkdownBodyWriter(text).Write((int)(bodyBytes * share), links, withTable: false);
            written.Add(Save(item, $"{item.Id}.{culture}.md", culture, translated.Render(translatedBody)));
        }

        return written;
    }

    private FrontMatterFields Fields(PlannedItem item, Random random, TextComposer english, List<PlannedItem> cityRefs, List<PlannedItem> organizationRefs)
    {
        var fields = new FrontMatterFields()
            .Add("type", item.Type)
            .Add("id", item.Id)
            .Add("title", YamlText.Quote(item.Title))
            .Add("summary", YamlText.Quote(english.Sentence() + " " + english.Sentence()));
        if (item.Type == ContentTypes.Cluster || random.Next(100) >= 7)
        {
            fields.Add("published", item.Type == ContentTypes.Cluster ? "2015-01-01" : Published(random));
        }

        if (item.Type == ContentTypes.Cluster)
        {
            return fields.Add("order", ClusterDefinition.All.First(c => c.Id == item.Id).Order.ToString(CultureInfo.InvariantCulture));
        }

        fields.Add("clusters", YamlText.PlainList(Distinct(random, ClusterDefinition.All, random.Next(3) == 0 ? 2 : 1).Select(c => c.Id)));
        var countries = cityRefs.Select(c => c.Country).Append(item.Country).Where(c => c.Length > 0).Distinct().ToList();
        if (item.Type == ContentTypes.Organization && random.Next(2) == 0)
        {
            countries.Add(english.Pick(terms.CountryCodes));
        }

        fields.Add("countries", YamlText.PlainList(countries.Distinct()));
        if (cityRefs.Count > 0)
        {
            fields.Add("cities", YamlText.PlainList(cityRefs.Select(c => c.Id)));
        }

        if (organizationRefs.Count > 0)
        {
            fields.Add("organizations", YamlText.PlainList(organizationRefs.Select(o => o.Id)));
        }

        var hazards = Distinct(random, terms.HazardIds, random.Next(0, 5));
        if (hazards.Count > 0)
        {
            fields.Add("hazards", YamlText.PlainList(hazards));
        }

        fields.Add("sdgs", YamlText.PlainList(Numbers(random, 17, random.Next(1, 5))));
        fields.Add("tags", YamlText.QuotedList(Distinct(random, Vocabulary.Tags, random.Next(2, 7))));
        fields.AddEntries("sources", Enumerable.Range(0, random.Next(0, 3)).Select(i =>
            $"{{title: {YamlText.Quote($"{english.Pick(Vocabulary.SourcePublishers)}: {item.Title} ({random.Next(2015, 2027)})")}, url: \"https://example.org/{item.Id}/{i}\"}}"));
        TypeFields(item, random, english, fields, cityRefs, organizationRefs);
        return fields;
    }

    private static void TypeFields(PlannedItem item, Random random, TextComposer english, FrontMatterFields fields, List<PlannedItem> cityRefs, List<PlannedItem> organizationRefs)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (item.Type)
        {
            case ContentTypes.City:
                fields.Add("country", item.Country)
                    .Add("region", YamlText.Quote(english.Pick(Vocabulary.Regions)))
                    .Add("population", random.Next(50_000, 20_000_000).ToString(invariant))
                    .Add("latitude", Math.Round((random.NextDouble() * 80) - 35, 2).ToString(invariant))
                    .Add("longitude", Math.Round((random.NextDouble() * 270) - 120, 2).ToString(invariant));
                break;
            case ContentTypes.Organization:
                fields.Add("kind", english.Pick(Vocabulary.OrganizationKinds))
                    .Add("website", YamlText.Quote($"https://www.{Slug.Of(item.Title, 40)}.org/"));
                break;
            case ContentTypes.Event:
                EventFields(random, english, fields);
                break;
            case ContentTypes.CaseStudy:
                var start = random.Next(2012, 2025);
                var status = english.Pick(Vocabulary.CaseStudyStatuses);
                fields.Add("essentials", YamlText.PlainList(Numbers(random, 10, random.Next(1, 5))))
                    .Add("status", status)
                    .Add("period", status == "completed" ? $"{{start: {start}, end: {start + random.Next(1, 6)}}}" : $"{{start: {start}}}")
                    .AddEntries("partners", Distinct(random, [.. cityRefs, .. organizationRefs], random.Next(1, 4))
                        .Select(p => $"{{ref: {p.Id}, role: {english.Pick(Vocabulary.Roles)}}}"))
                    .Add("funding", YamlText.Quote($"Financed by {english.Pick(Vocabulary.Funders)} and {english.Pick(Vocabulary.Funders)}."))
                    .Add("contact", YamlText.Quote($"Office of international cooperation, {english.Place()}"));
                break;
        }
    }

    private static void EventFields(Random random, TextComposer english, FrontMatterFields fields)
    {
        var invariant = CultureInfo.InvariantCulture;
        var day = DateOnly.FromDayNumber(FirstPublished.DayNumber + random.Next(LastPublished.DayNumber - FirstPublished.DayNumber + 180));
        if (random.Next(5) < 3)
        {
            fields.Add("starts", day.ToString("yyyy-MM-dd", invariant))
                .Add("ends", day.AddDays(random.Next(0, 4)).ToString("yyyy-MM-dd", invariant));
        }
        else
        {
            var offset = english.Pick(Offsets);
            var hour = random.Next(7, 17);
            fields.Add("starts", string.Create(invariant, $"{day:yyyy-MM-dd}T{hour:D2}:{random.Next(4) * 15:D2}:00{offset}"))
                .Add("ends", string.Create(invariant, $"{day:yyyy-MM-dd}T{hour + random.Next(1, 7):D2}:00:00{offset}"));
        }

        var online = random.Next(3) == 0;
        fields.Add("timezone", english.Pick(Vocabulary.TimeZones))
            .Add("venue", YamlText.Quote(online ? "Online" : $"{english.Pick(Vocabulary.Venues)}, {english.Place()}"))
            .Add("online", online ? "true" : "false");
        if (random.Next(2) == 0)
        {
            fields.Add("registration_url", YamlText.Quote($"https://example.org/register/{random.Next(100_000, 999_999)}"));
        }
    }

    private static string Published(Random random)
    {
        var day = DateOnly.FromDayNumber(FirstPublished.DayNumber + random.Next(LastPublished.DayNumber - FirstPublished.DayNumber + 1));
        return random.Next(10) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}T{random.Next(24):D2}:{random.Next(60):D2}:00{Offsets[random.Next(Offsets.Length)]}")
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private List<PlannedItem> CityReferences(PlannedItem item, Random random)
    {
        if (item.Type is ContentTypes.Cluster or ContentTypes.City)
        {
            return [];
        }

        var more = Distinct(random, plan.Cities, random.Next(0, 3));
        return [.. (item.PlaceId is null ? more : more.Prepend(plan.CitiesById[item.PlaceId])).DistinctBy(c => c.Id)];
    }

    /// <summary>A median of about 3 KB, log-normally spread, from a few hundred bytes up to 20 KB.</summary>
    private static int FileBytes(Random random)
    {
        var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return (int)Math.Clamp(MedianFileBytes * Math.Exp(BodySpread * gaussian), MinFileBytes, MaxFileBytes);
    }

    private static List<T> Distinct<T>(Random random, IReadOnlyList<T> values, int count)
    {
        var picked = new List<T>(count);
        for (var attempts = 0; picked.Count < Math.Min(count, values.Count) && attempts < count * 10; attempts++)
        {
            var value = values[random.Next(values.Count)];
            if (!picked.Contains(value))
            {
                picked.Add(value);
            }
        }

        return picked;
    }

    private static IEnumerable<string> Numbers(Random random, int max, int count) =>
        Distinct(random, [.. Enumerable.Range(1, max)], count).Order().Select(n => n.ToString(CultureInfo.InvariantCulture));

    private WrittenFile Save(PlannedItem item, string name, string culture, string text)
    {
        var relative = $"{item.Folder}/{name}";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(Path.Combine(root, relative), bytes);
        return new WrittenFile(relative, item.Type, culture, bytes.Length);
    }
}
