using Portal.Content.Taxonomies;

namespace Portal.Web.Verbs;

public static class VerbRunner
{
    /// <summary>Runs a verb to its exit status: 1 with the reason on standard error when the work fails.</summary>
    public static async Task<int> RunAsync(IVerb verb, IServiceProvider services)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return await verb.RunAsync(services, cancel.Token);
        }
        catch (TaxonomyException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            await Console.Error.WriteLineAsync("The search index is in use by a running site: stop the site, or let it catch up on its own.");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 1;
        }
    }
}
