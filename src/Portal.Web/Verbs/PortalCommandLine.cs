namespace Portal.Web.Verbs;

/// <summary>
/// Splits the command line into a verb with its own words and the host's options
/// (<c>--urls</c>, <c>--environment</c>, any <c>--Section:Key value</c>).
/// </summary>
public static class PortalCommandLine
{
    public const string Usage = """
        usage: Portal.Web [VERB ...] [host options]
          (no verb)                          run the site
          import [FOLDER] [--prune]          import content files (default: Portal:ContentPath)
          digests send [--as-of TIME]        send every digest due at TIME (ISO 8601, default now), then exit
          migrate                            bring the database schema up to date
          reindex                            rebuild the search index from the database
          users create-admin --email EMAIL   create an administrator (password from PORTAL_ADMIN_PASSWORD, or generated)
        host options: --urls URLS, --environment NAME, --contentRoot PATH, --Section:Key VALUE
        """;

    private static readonly string[] HostSwitches = ["urls", "environment", "contentroot", "applicationname"];

    public static ParsedCommandLine Parse(string[] args)
    {
        var hostArgs = new List<string>();
        var words = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
                continue;
            }

            var name = arg[2..].Split('=', 2)[0];
            var inlineValue = arg.Contains('=', StringComparison.Ordinal) ? arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..] : null;
            // --Key=value is configuration: WebApplicationFactory passes every setting so, each section too (--Portal=).
            if (name.Contains(':', StringComparison.Ordinal) || HostSwitches.Contains(name.ToLowerInvariant()) || (inlineValue is not null && !IsVerbOption(name)))
            {
                hostArgs.Add(arg);
                if (inlineValue is null && i + 1 < args.Length)
                {
                    hostArgs.Add(args[++i]);
                }

                continue;
            }

            options[name] = inlineValue ?? (VerbOptionTakesValue(name) && i + 1 < args.Length ? args[++i] : null);
        }

        return words switch
        {
            [] when options.Count == 0 => new ParsedCommandLine(null, [.. hostArgs]),
            [] => Fail($"unknown option --{options.Keys.First()}"),
            ["import", .. var rest] when rest.Count <= 1 && OnlyOptions(options, "prune") =>
                new ParsedCommandLine(new ImportVerb(rest.FirstOrDefault(), options.ContainsKey("prune")), [.. hostArgs]),
            ["digests", "send"] when OnlyOptions(options, "as-of") => DigestsSend(options.GetValueOrDefault("as-of"), options.ContainsKey("as-of"), hostArgs),
            ["migrate"] when OnlyOptions(options) => new ParsedCommandLine(new MigrateVerb(), [.. hostArgs]),
            ["reindex"] when OnlyOptions(options) => new ParsedCommandLine(new ReindexVerb(), [.. hostArgs]),
            ["users", "create-admin"] when OnlyOptions(options, "email") && options.GetValueOrDefault("email") is { Length: > 0 } email =>
                new ParsedCommandLine(new CreateAdminVerb(email), [.. hostArgs]),
            [var known, ..] when known is "import" or "digests" or "migrate" or "reindex" or "users" && options.Count > 0 =>
                Fail($"unknown option --{options.Keys.First()} for '{known}', or a missing value"),
            _ => Fail($"'{string.Join(' ', args)}' is not a command this program knows"),
        };
    }

    private static ParsedCommandLine DigestsSend(string? asOf, bool given, List<string> hostArgs)
    {
        if (!given)
        {
            return new ParsedCommandLine(new DigestsSendVerb(null), [.. hostArgs]);
        }

        // ISO 8601; a time without an offset is UTC, so that a scripted run means the same everywhere.
        return DateTimeOffset.TryParse(asOf, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time)
            && asOf!.Length >= 10 && char.IsDigit(asOf[0])
            ? new ParsedCommandLine(new DigestsSendVerb(time), [.. hostArgs])
            : Fail($"--as-of '{asOf}' is not an ISO 8601 time (2026-11-23T08:00:00Z)");
    }

    private static bool VerbOptionTakesValue(string name) => name is "email" or "as-of";

    private static bool IsVerbOption(string name) => name == "prune" || VerbOptionTakesValue(name);

    private static bool OnlyOptions(Dictionary<string, string?> options, params string[] allowed) => options.Keys.All(allowed.Contains);

    private static ParsedCommandLine Fail(string error) => new(null, [], error);
}
