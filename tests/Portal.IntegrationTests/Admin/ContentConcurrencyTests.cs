using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>Two editors save the same item: the second is told, the first's version is kept, and the second's text stays in its form.</summary>
public abstract class ContentConcurrencyTests(IDatabaseSource database)
{
    [Fact]
    public async Task The_second_save_from_the_same_opened_version_is_refused_and_loses_nothing()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var first = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, "first@example.org");
        using var second = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, "second@example.org");
        await AssertRedirectAsync(await CreateAsync(first, "News", ("Id", "shared"), ("Title", "Shared news"), ("Body", "Original text.")), EditPath("shared"));
        var (_, openedByFirst) = await OpenAsync(first, "shared");
        var (_, openedBySecond) = await OpenAsync(second, "shared");

        await AssertRedirectAsync(await SaveAsync(first, "shared", "en", openedByFirst, "save", ("Title", "Shared news, by the first"), ("Body", "The first editor's text.")), EditPath("shared"));
        using var refused = await SaveAsync(second, "shared", "en", openedBySecond, "save", ("Title", "Shared news, by the second"), ("Body", "The second editor's careful text."));

        var page = await BodyAsync(refused);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("this item changed since you opened it", page, StringComparison.Ordinal);
        Assert.Contains("first@example.org saved version 2", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/content/shared/en/preview?version=2\"", page, StringComparison.Ordinal);
        Assert.Equal("The second editor's careful text.", BodyOf(page));
        Assert.Contains("value=\"Shared news, by the second\"", page, StringComparison.Ordinal);
        var latest = await app.QueryAsync(db => db.ContentVersions.Where(v => v.ContentId == "shared").OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal((2, "Shared news, by the first"), (latest.Number, latest.Title));

        // Saving again from the conflict page is a deliberate choice: it becomes version 3, and version 2 stays.
        await AssertRedirectAsync(await SaveAsync(second, "shared", "en", RevisionOf(page), "save", ("Title", "Shared news, by the second"), ("Body", "The second editor's careful text.")), EditPath("shared"));
        var titles = await app.QueryAsync(db => db.ContentVersions.Where(v => v.ContentId == "shared").OrderBy(v => v.Number).Select(v => v.Title).ToListAsync());
        Assert.Equal(["Shared news", "Shared news, by the first", "Shared news, by the second"], titles);
    }
}

public sealed class ContentConcurrencyTestsOnSqlite() : ContentConcurrencyTests(SqliteFiles.Instance);

public sealed class ContentConcurrencyTestsOnPostgreSql(PostgresServer server) : ContentConcurrencyTests(server);
