using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// What a facet value is called in a culture: a country's or hazard's name from the taxonomy, a
/// cluster's title from its item in the index (that culture's translation, else English, else any),
/// a content type's name from the site's words; the value itself where there is no name.
/// </summary>
public sealed class FacetLabels(Taxonomy taxonomy, IEnumerable<IContentTypeLabels> typeLabels)
{
    private const int MaxClusters = 10_000;
    private readonly IContentTypeLabels? types = typeLabels.LastOrDefault();

    // Read once per index reader: a published or changed cluster comes with the next reader.
    private readonly ConditionalWeakTable<IndexReader, Dictionary<string, LocalizedText>> clusterTitles = [];

    public string Label(IndexSearcher searcher, string facet, string value, string culture) => facet switch
    {
        "type" => types?.Label(value, culture) ?? value,
        "cluster" => ClusterTitles(searcher).TryGetValue(value, out var title) ? title.In(culture) : value,
        "country" => taxonomy.Countries.TryGetValue(value, out var country) ? country.Name.In(culture) : value,
        "hazard" => taxonomy.Hazards.TryGetValue(value, out var hazard) ? hazard.Name.In(culture) : value,
        _ => value,
    };

    private Dictionary<string, LocalizedText> ClusterTitles(IndexSearcher searcher) =>
        clusterTitles.GetValue(searcher.IndexReader, _ =>
        {
            var titles = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            foreach (var hit in searcher.Search(new TermQuery(new Term(SearchFields.Type, ContentTypes.Cluster)), MaxClusters).ScoreDocs)
            {
                var document = searcher.Doc(hit.Doc);
                var id = document.Get(SearchFields.Id, CultureInfo.InvariantCulture);
                if (!titles.TryGetValue(id, out var title))
                {
                    titles[id] = title = [];
                }

                title[document.Get(SearchFields.Culture, CultureInfo.InvariantCulture)] = document.Get(SearchFields.Title, CultureInfo.InvariantCulture);
            }

            return titles;
        });
}
