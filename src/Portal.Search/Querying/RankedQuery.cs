using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// A built search: <see cref="Matching"/> decides what is found and gives each match its first score,
/// from the words in the text a document is searched by (its body, which begins with its title and
/// summary); <see cref="Boosts"/> raises the best of the matches: the words in titles and summaries,
/// and the words found together (a sloppy phrase). The boosts are scored only on the best matches
/// (<see cref="BestMatchRescorer"/>): reading them for every match was most of a search's time.
/// </summary>
public sealed record RankedQuery(Query Matching, Query? Boosts, QueryTerms Terms);
