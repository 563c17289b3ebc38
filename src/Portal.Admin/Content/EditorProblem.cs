using System.Text.RegularExpressions;
using Portal.Content.Import;

namespace Portal.Admin.Content;

/// <summary>A refused field as the editor shows it: the front-matter key it is about (when known), the rule and the message.</summary>
public sealed partial record EditorProblem(string? Field, string Rule, string Message)
{
    /// <summary>The id of the form control or fieldset of <see cref="Field"/>, for the error summary's links.</summary>
    public string Anchor => "f-" + (Field ?? "body");

    public static EditorProblem From(ImportProblem problem, IReadOnlyDictionary<int, string> keyByLine)
    {
        string? field = null;
        if (problem.Line is { } line && line > 1)
        {
            // A value on line n belongs to the last key that starts at or before n.
            field = keyByLine.Where(k => k.Key <= line).OrderByDescending(k => k.Key).Select(k => k.Value).FirstOrDefault();
        }

        if (field is null && QuotedKey().Match(problem.Message) is { Success: true } match && keyByLine.Count > 0)
        {
            field = match.Groups[1].Value;
        }

        return new EditorProblem(field == "type" ? null : field, problem.Rule, problem.Message);
    }

    [GeneratedRegex("^'([a-z_]+)' is required")]
    private static partial Regex QuotedKey();
}
