using Lucene.Net.Search;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Snippets;

/// <summary>A hit to write a snippet for: its body as the index stores it, and the query as the search builds it.</summary>
public sealed record SnippetInput(string Culture, string Text, Query Query, QueryTerms Terms);
