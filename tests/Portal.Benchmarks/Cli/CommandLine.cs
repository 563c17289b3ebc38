using System.Globalization;

namespace Portal.Benchmarks.Cli;

/// <summary>
/// <c>SCENARIO [positional ...] [--name value] [--flag]</c>. Options are read by name; whatever a
/// scenario did not read is refused by <see cref="EnsureAllRead"/>, so that a misspelt option is not
/// silently ignored.
/// </summary>
public sealed class CommandLine
{
    private static readonly string[] Flags = ["keep", "maildir", "in-process-only"];

    private readonly List<string> positionals = [];
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    private CommandLine(string scenario) => Scenario = scenario;

    public string Scenario { get; }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("name a scenario");
        }

        var line = new CommandLine(args[0]);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                line.positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (Flags.Contains(name))
            {
                line.options[name] = null;
            }
            else if (i + 1 < args.Count)
            {
                line.options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"--{name} needs a value");
            }
        }

        return line;
    }

    public string? Positional(int index) => index < positionals.Count ? positionals[index] : null;

    public int PositionalCount => positionals.Count;

    public string? Text(string name)
    {
        read.Add(name);
        return options.GetValueOrDefault(name);
    }

    public bool Flag(string name)
    {
        read.Add(name);
        return options.ContainsKey(name);
    }

    public int Number(string name, int fallback, int min = 1) => ToNumber(Text(name), $"--{name}", fallback, min);

    public int PositionalNumber(int index, string what, int fallback, int min = 1) => ToNumber(Positional(index), what, fallback, min);

    /// <summary>Refuses options nobody asked for and more positionals than <paramref name="maxPositionals"/>.</summary>
    public void EnsureAllRead(int maxPositionals)
    {
        if (options.Keys.FirstOrDefault(k => !read.Contains(k)) is { } unknown)
        {
            throw new UsageException($"'{Scenario}' does not take --{unknown}");
        }

        if (positionals.Count > maxPositionals)
        {
            throw new UsageException($"'{Scenario}' takes at most {maxPositionals} argument(s); got '{string.Join(' ', positionals)}'");
        }
    }

    private static int ToNumber(string? text, string what, int fallback, int min)
    {
        if (text is null)
        {
            return fallback;
        }

        var plain = text.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (!int.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new UsageException($"{what} must be a whole number from {min}; got '{text}'");
        }

        return value;
    }
}
