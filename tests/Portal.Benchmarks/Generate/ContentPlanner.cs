using Portal.Benchmarks.Cli;
using Portal.Content.Model;

namespace Portal.Benchmarks.Generate;

/// <summary>
/// Decides the items of a set of N files, deterministically for a seed: the 7 clusters (with
/// Chinese translations), then cities, then organizations, then case studies, news, events and
/// pages in a shuffled order, and finally which items get translations (zh most, then ar, a few
/// fr, es and ru). Each type gets its own folder, split into hash buckets of about 500 files.
/// </summary>
public sealed class ContentPlanner(SeedTerms terms, int seed)
{
    public const int MinimumFiles = 50;
    private const double TranslationShare = 0.12;
    private const int FilesPerBucket = 500;

    /// <summary>Shares of the original items other than clusters, in per cent.</summary>
    private static readonly (string Type, int Percent)[] TypeShares =
    [
        (ContentTypes.City, 6), (ContentTypes.Organization, 4), (ContentTypes.Page, 1),
        (ContentTypes.News, 28), (ContentTypes.Event, 21), (ContentTypes.CaseStudy, 40),
    ];

    /// <summary>Translation cultures by weight: half Chinese, a quarter Arabic, the rest French, Spanish and Russian.</summary>
    private static readonly string[] TranslationCultures = ["zh", "zh", "zh", "zh", "zh", "zh", "ar", "ar", "ar", "fr", "es", "ru"];

    private static readonly Dictionary<string, string> Folders = new(StringComparer.Ordinal)
    {
        [ContentTypes.Cluster] = "clusters",
        [ContentTypes.City] = "cities",
        [ContentTypes.Organization] = "organizations",
        [ContentTypes.CaseStudy] = "case-studies",
        [ContentTypes.News] = "news",
        [ContentTypes.Event] = "events",
        [ContentTypes.Page] = "pages",
    };

    private readonly Random random = new(seed);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public ContentPlan Plan(int files)
    {
        if (files < MinimumFiles)
        {
            throw new UsageException($"generate at least {MinimumFiles} files");
        }

        var clusters = ClusterDefinition.All.Count;
        var rest = files - (2 * clusters);
        var translations = (int)Math.Round(rest * TranslationShare);
        var originals = rest - translations;
        var counts = TypeShares.ToDictionary(s => s.Type, s => originals * s.Percent / 100, StringComparer.Ordinal);
        counts[ContentTypes.City] = Math.Max(counts[ContentTypes.City], 3);
        counts[ContentTypes.Organization] = Math.Max(counts[ContentTypes.Organization], 2);
        counts[ContentTypes.CaseStudy] += originals - counts.Values.Sum();
        var buckets = counts.ToDictionary(c => c.Key, c => Math.Max(1, (int)Math.Ceiling(c.Value * (1 + TranslationShare) / FilesPerBucket)), StringComparer.Ordinal);
        buckets[ContentTypes.Cluster] = 1;

        var items = new List<PlannedItem>(originals + clusters);
        foreach (var cluster in ClusterDefinition.All)
        {
            var item = new PlannedItem(items.Count, ContentTypes.Cluster, cluster.Id, cluster.Title, Folders[ContentTypes.Cluster], "", null, "");
            item.Translations.Add("zh");
            items.Add(Remember(item));
        }

        var cities = new List<PlannedItem>();
        var realCities = Vocabulary.Cities.Where(c => terms.IsCountry(c.Country)).ToList();
        for (var i = 0; i < counts[ContentTypes.City]; i++)
        {
            var (name, country) = i < realCities.Count ? realCities[i] : (SyntheticName(), Pick(terms.CountryCodes));
            var id = Slug.Of(name);
            id = ids.Contains(id) ? $"{id}-{items.Count}" : id;
            var city = new PlannedItem(items.Count, ContentTypes.City, id, name, FolderOf(ContentTypes.City, id, buckets), name, null, country);
            cities.Add(city);
            items.Add(Remember(city));
        }

        var organizations = new List<PlannedItem>();
        for (var i = 0; i < counts[ContentTypes.Organization]; i++)
        {
            var place = Pick(cities);
            var title = Pick(Vocabulary.OrganizationForms)
                .Replace("{domain}", Pick(Vocabulary.OrganizationDomains), StringComparison.Ordinal)
                .Replace("{place}", place.Title, StringComparison.Ordinal)
                .Replace("{country}", terms.CountryName(place.Country), StringComparison.Ordinal);
            var organization = Original(ContentTypes.Organization, title, place, items.Count, buckets);
            organizations.Add(organization);
            items.Add(Remember(organization));
        }

        var others = new[] { ContentTypes.CaseStudy, ContentTypes.News, ContentTypes.Event, ContentTypes.Page }
            .SelectMany(type => Enumerable.Repeat(type, counts[type]))
            .ToArray();
        random.Shuffle(others);
        foreach (var type in others)
        {
            var place = Pick(cities);
            items.Add(Remember(Original(type, TitleOf(type, place.Title), place, items.Count, buckets)));
        }

        AssignTranslations(items, translations);
        return new ContentPlan(items, cities, organizations);
    }

    private static PlannedItem Original(string type, string title, PlannedItem place, int index, Dictionary<string, int> buckets)
    {
        var id = $"{Slug.Of(title, 50)}-{index}";
        return new PlannedItem(index, type, id, title, FolderOf(type, id, buckets), place.Title, place.Id, place.Country);
    }

    private PlannedItem Remember(PlannedItem item)
    {
        ids.Add(item.Id);
        return item;
    }

    private string TitleOf(string type, string place)
    {
        var topic = Pick(Vocabulary.Topics);
        return type switch
        {
            ContentTypes.CaseStudy => $"{place}: {Pick(Vocabulary.CaseStudyActions)} {topic}",
            ContentTypes.News => $"{place} {Pick(Vocabulary.NewsVerbs)} {topic}",
            ContentTypes.Event when random.Next(2) == 0 => $"{Pick(Vocabulary.EventKinds)}: {topic} in {place}",
            ContentTypes.Event => $"{Pick(Vocabulary.EventKinds)} on {topic}",
            _ => random.Next(2) == 0 ? $"About {topic}" : $"A guide to {topic}",
        };
    }

    private void AssignTranslations(List<PlannedItem> items, int translations)
    {
        var candidates = items.Where(i => i.Type is not (ContentTypes.Cluster or ContentTypes.Page)).ToList();
        var wanted = translations;
        for (var attempts = 0; wanted > 0 && attempts < translations * 20; attempts++)
        {
            var item = Pick(candidates);
            var culture = Pick(TranslationCultures);
            if (!item.Translations.Contains(culture))
            {
                item.Translations.Add(culture);
                wanted--;
            }
        }
    }

    private static string FolderOf(string type, string id, Dictionary<string, int> buckets) =>
        $"{Folders[type]}/b{StableHash.Of(id) % (uint)buckets[type]:D3}";

    private string SyntheticName()
    {
        var parts = random.Next(2, 4);
        var name = string.Concat(Enumerable.Range(0, parts).Select(_ => Pick(Vocabulary.Syllables)));
        return TextComposer.Capitalize(name);
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
