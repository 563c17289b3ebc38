using Portal.Web.Storage;

namespace Portal.Web.Verbs;

public sealed class MigrateVerb : IVerb
{
    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await Console.Out.WriteLineAsync("The database schema is up to date.");
        return 0;
    }
}
