namespace Portal.Web.Verbs;

/// <summary>One command of the program's command line; returns the exit status.</summary>
public interface IVerb
{
    Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
