using System.Text.Json;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>axe-core (from the npm registry, installed by tests/run.sh into this project's node_modules) run inside the page.</summary>
public static class Axe
{
    public static string ScriptPath { get; } = Path.Combine(RunningSite.Root, "tests", "Portal.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>The serious and critical violations on the page, one line each.</summary>
    public static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(ScriptPath), $"{ScriptPath} is missing: tests/run.sh installs axe-core with npm");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
        return [.. json.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")];
    }
}
