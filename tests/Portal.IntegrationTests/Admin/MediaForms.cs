using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Media;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>The media upload form as a browser posts it, and what a test checks on disk and in the database afterwards.</summary>
public static class MediaForms
{
    public const string Library = "/admin/media";

    /// <summary>
    /// Posts the upload form: the antiforgery token first (as the page's form has it), the alt text, then the file.
    /// <paramref name="token"/> replaces the token of the session's own page.
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(AdminSession session, HttpContent file, string fileName, string? altText, string contentType, bool withToken = true, string? token = null)
    {
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(token ?? await session.AntiforgeryTokenAsync(Library)), "__RequestVerificationToken");
        }

        if (altText is not null)
        {
            form.Add(new StringContent(altText), MediaUploadReader.AltTextField);
        }

        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, MediaUploadReader.FileField, fileName);
        return await session.Client.PostAsync(new Uri(Library, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> UploadAsync(AdminSession session, byte[] bytes, string fileName, string? altText, string contentType) =>
        UploadAsync(session, new ByteArrayContent(bytes), fileName, altText, contentType);

    /// <summary>Uploads a file that must be accepted, and answers its stored name.</summary>
    public static async Task<string> UploadAcceptedAsync(AdminSession session, byte[] bytes, string fileName, string? altText, string contentType = "image/png")
    {
        using var response = await UploadAsync(session, bytes, fileName, altText, contentType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"the upload of {fileName} answered {(int)response.StatusCode}: {body}");
        return StoredNameOf(response);
    }

    /// <summary>The stored name the library's redirect after an upload names.</summary>
    public static string StoredNameOf(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location!.OriginalString;
        Assert.StartsWith(Library + "?", location, StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location[(Library.Length + 1)..])["uploaded"].ToString();
    }

    public static string MediaFolder(PortalApp app) => Path.Combine(app.DataPath, "media");

    /// <summary>Every file in the media folder, temporary ones included.</summary>
    public static string[] StoredFiles(PortalApp app) =>
        Directory.Exists(MediaFolder(app)) ? Directory.GetFiles(MediaFolder(app), "*", SearchOption.AllDirectories) : [];

    public static Task<List<MediaFile>> RowsAsync(PortalApp app) => app.QueryAsync(db => db.Set<MediaFile>().AsNoTracking().ToListAsync());

    public static Task<List<AuditEntry>> AuditAsync(PortalApp app, string action) =>
        app.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.Action == action).ToListAsync());

    /// <summary>A refused upload leaves no file (not even a temporary one), no row and no audit entry.</summary>
    public static async Task AssertNothingStoredAsync(PortalApp app)
    {
        Assert.Empty(StoredFiles(app));
        Assert.Empty(await RowsAsync(app));
        Assert.Empty(await AuditAsync(app, "media.upload"));
    }

    /// <summary>The page's alert (role="alert") holds <paramref name="message"/>, as the browser shows it.</summary>
    public static async Task AssertRefusedAsync(HttpResponseMessage response, System.Net.HttpStatusCode status, string message)
    {
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {page}");
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(message), page, StringComparison.Ordinal);
    }
}
