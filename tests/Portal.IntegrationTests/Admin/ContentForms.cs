using System.Net;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>The content admin's forms as a browser posts them: field names, and the editor's revision and text read back from its page.</summary>
public static partial class ContentForms
{
    public static string EditPath(string id, string culture = "en") => $"/admin/content/{id}/{culture}/edit";

    /// <summary>A new item's form: <c>type</c> and the given <c>Form.*</c> fields (names without the prefix).</summary>
    public static Task<HttpResponseMessage> CreateAsync(AdminSession session, string type, params (string Name, string Value)[] fields) =>
        session.PostFormAsync($"/admin/content/new?type={type}", [new("type", type), .. Fields(fields)], "/admin/content/new");

    /// <summary>The editor page of an item, and the revision its form carries.</summary>
    public static async Task<(string Page, int Revision)> OpenAsync(AdminSession session, string id, string culture = "en")
    {
        var page = await session.GetPageAsync(EditPath(id, culture));
        return (page, RevisionOf(page));
    }

    public static int RevisionOf(string page) => int.Parse(FormRevision().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The body as the editor's textarea shows it.</summary>
    public static string BodyOf(string page) => WebUtility.HtmlDecode(BodyArea().Match(page).Groups[1].Value);

    /// <summary>Posts the editor's form (handler <c>save</c> or <c>submit</c>) with the revision it was opened at.</summary>
    public static Task<HttpResponseMessage> SaveAsync(AdminSession session, string id, string culture, int revision, string handler, params (string Name, string Value)[] fields) =>
        session.PostFormAsync(EditPath(id, culture), [new("Form.Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. Fields(fields)], $"{EditPath(id, culture)}?handler={handler}");

    /// <summary>An editor's decision (publish, schedule, approve, sendback...) on the item as it is now.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(AdminSession session, string id, string culture, string handler, params (string Name, string Value)[] fields)
    {
        var (_, revision) = await OpenAsync(session, id, culture);
        return await session.PostFormAsync(EditPath(id, culture), [new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))],
            $"/admin/content/{id}/{culture}/publish?handler={handler}");
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static async Task AssertRedirectAsync(HttpResponseMessage response, string expectedStart)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await BodyAsync(response);
            Assert.Fail($"expected a redirect, got {(int)response.StatusCode}: {body[..Math.Min(4000, body.Length)]}");
        }

        Assert.StartsWith(expectedStart, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields((string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name.StartsWith("Form.", StringComparison.Ordinal) || f.Name.StartsWith("__", StringComparison.Ordinal) ? f.Name : "Form." + f.Name, f.Value));

    [GeneratedRegex("name=\"Form.Revision\" value=\"(\\d+)\"")]
    private static partial Regex FormRevision();

    [GeneratedRegex("<textarea id=\"f-body\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex BodyArea();
}
