using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>A contributor writes under its own ids only: a new item under an id another item holds is a translation of it.</summary>
public sealed class ContentOwnershipTests
{
    [Fact]
    public async Task A_contributor_creating_an_item_under_an_id_it_does_not_own_gets_403_in_any_culture_and_nothing_is_stored()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        var before = await app.CountAsync();

        using var translation = await CreateAsync(contributor, "City", ("Id", "ningbo"), ("Culture", "fr"), ("Title", "Ningbo (fr)"), ("Fields[country]", "CN"));
        using var sameCulture = await CreateAsync(contributor, "City", ("Id", "ningbo"), ("Culture", "en"), ("Title", "Ningbo again"), ("Fields[country]", "CN"));
        using var fromSlug = await CreateAsync(contributor, "City", ("Slug", "ningbo"), ("Culture", "zh"), ("Title", "宁波"), ("Fields[country]", "CN"));
        using var translateRoute = await contributor.Client.GetAsync(new Uri("/admin/content/new?translate=ningbo&from=en&culture=fr", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { translation.StatusCode, sameCulture.StatusCode, fromSlug.StatusCode, translateRoute.StatusCode });
        // The same answer whatever the culture: nothing says which cultures the id exists in or what it is.
        Assert.Equal(await BodyAsync(translation), await BodyAsync(sameCulture));
        Assert.DoesNotContain("duplicate-id", await BodyAsync(sameCulture), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync());
        Assert.Empty(await app.QueryAsync(db => db.Set<Portal.Admin.Audit.AuditEntry>().Where(e => e.Action.StartsWith("content.")).ToListAsync()));
    }

    [Fact]
    public async Task A_contributor_still_creates_a_new_id_and_translates_its_own_item()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);

        await AssertRedirectAsync(await CreateAsync(contributor, "City", ("Id", "lattakia"), ("Culture", "en"), ("Title", "Lattakia"), ("Fields[country]", "SY")), EditPath("lattakia"));
        await AssertRedirectAsync(await CreateAsync(contributor, "City", ("Id", "lattakia"), ("Culture", "ar"), ("Title", "اللاذقية"), ("Fields[country]", "SY")), EditPath("lattakia", "ar"));

        using var other = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        using var refused = await CreateAsync(other, "City", ("Id", "lattakia"), ("Culture", "zh"), ("Title", "拉塔基亚"), ("Fields[country]", "SY"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.ContentItems.CountAsync(x => x.ContentId == "lattakia")));
    }
}
