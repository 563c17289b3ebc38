using System.Globalization;
using System.Text.Json;

namespace Portal.Benchmarks.Measure;

/// <summary>
/// Collects the figures of a run, prints them as a table, and appends them as JSON lines to the
/// results file when one is given (<c>--out</c>), each with the run's id, N and the load average.
/// </summary>
public sealed class ResultLog(string? outPath, int files)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string run = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
    private readonly List<Figure> figures = [];

    public IReadOnlyList<Figure> Figures => figures;

    /// <summary>N, the number of content files the figures are about; the API scenario sets it to the items it finds.</summary>
    public int Files { get; set; } = files;

    /// <summary>Keeps a figure; one that could not be measured (NaN, such as the median of no answers) is left out.</summary>
    public void Add(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (double.IsNaN(figure.Value))
        {
            return;
        }

        figures.Add(figure);
        if (outPath is null)
        {
            return;
        }

        var line = JsonSerializer.Serialize(new
        {
            time = DateTimeOffset.UtcNow,
            run,
            n = Files,
            figure.Scenario,
            figure.Name,
            value = Math.Round(figure.Value, 3),
            figure.Unit,
            figure.Target,
            figure.Met,
            cores = Environment.ProcessorCount,
            loadAverage = MachineInfo.LoadAverage(),
        }, Json);
        File.AppendAllText(outPath, line + "\n");
    }

    public void PrintTable(string scenario)
    {
        var rows = figures.Where(f => f.Scenario == scenario).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var nameWidth = Math.Max(6, rows.Max(r => r.Name.Length));
        var valueWidth = Math.Max(5, rows.Max(r => Format(r).Length));
        var targetWidth = Math.Max(6, rows.Max(r => (r.Target ?? "").Length));
        Console.WriteLine();
        Console.WriteLine($"{"figure".PadRight(nameWidth)}  {"value".PadLeft(valueWidth)}  {"target".PadRight(targetWidth)}  verdict");
        Console.WriteLine($"{new string('-', nameWidth)}  {new string('-', valueWidth)}  {new string('-', targetWidth)}  -------");
        foreach (var row in rows)
        {
            var verdict = row.Met switch { true => "met", false => "MISSED", null => "" };
            Console.WriteLine($"{row.Name.PadRight(nameWidth)}  {Format(row).PadLeft(valueWidth)}  {(row.Target ?? "").PadRight(targetWidth)}  {verdict}");
        }
    }

    private static string Format(Figure figure) => figure.Unit switch
    {
        "count" => figure.Value.ToString("N0", CultureInfo.InvariantCulture),
        "items/s" or "requests/s" => $"{figure.Value:N0} {figure.Unit}",
        _ => $"{figure.Value:F2} {figure.Unit}",
    };
}
