namespace Portal.Web.Verbs;

/// <summary>The verb to run (none: run the site), the arguments left for the host, or what is wrong.</summary>
public sealed record ParsedCommandLine(IVerb? Verb, string[] HostArgs, string? Error = null);
