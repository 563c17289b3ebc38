using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Search.Indexing;

public sealed class SearchIndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var documents = index.Search(searcher => searcher.IndexReader.NumDocs);
        return Task.FromResult(HealthCheckResult.Healthy($"{documents} documents"));
    }
}
