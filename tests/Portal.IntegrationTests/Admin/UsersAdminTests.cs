using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Accounts;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary><c>/admin/users</c>: invitations by mail, roles, disabling, and the last administrator kept.</summary>
public abstract class UsersAdminTests(IDatabaseSource database)
{
    private const string Admin = "admin@example.org";
    private const string Invitee = "new.person@example.org";
    private const string Editor = "editor@example.org";
    private const string Invite = "/admin/users/invite";

    [Fact]
    public async Task An_invited_user_chooses_a_password_from_the_mail_and_signs_in_with_the_role_chosen()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);

        using (var invited = await admin.PostFormAsync(Invite, [new("Email", Invitee), new("DisplayName", "New Person"), new("Role", PortalRoles.Contributor)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
            Assert.Equal("/admin/users?done=invited", invited.Headers.Location!.OriginalString);
        }

        Assert.Contains("invited", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
        Assert.Equal([PortalRoles.Contributor], await RolesAsync(app, Invitee));
        var (mail, link) = await AccountMailbox.SingleLinkAsync(app, Invitee);
        Assert.Contains("as Contributor", mail.TextBody, StringComparison.Ordinal);

        using var invitee = AdminSession.Anonymous(app);
        Assert.Contains("Choose your password", await invitee.GetPageAsync(link), StringComparison.Ordinal);
        using (var set = await invitee.PostFormAsync(link, [new("Password", AdminSession.Password), new("Confirm", AdminSession.Password)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        using (var signIn = await invitee.SignInAsync(Invitee, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        Assert.Contains(Invitee, await invitee.GetPageAsync("/admin"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(invitee, "/admin/users"));
        var invitation = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == AuditActions.Invite));
        Assert.Equal((Admin, Invitee, "as Contributor"), (invitation.UserName, invitation.Target, invitation.Detail));
        Assert.Contains(AuditActions.ResetDone, await AccountSignInTests.ActionsAsync(app, Invitee));
    }

    [Fact]
    public async Task An_invitation_to_an_existing_or_malformed_address_or_an_unknown_role_is_refused_and_creates_nothing()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        var usersBefore = await app.QueryAsync(db => db.Users.CountAsync());

        foreach (var (email, role, message) in new[]
        {
            (Admin, PortalRoles.Editor, "An account with this address exists already"),
            ("not-an-address", PortalRoles.Editor, "Enter an email address"),
            (Invitee, "Owner", "Choose one of the roles listed."),
            ("", PortalRoles.Editor, "Enter the email address to invite."),
        })
        {
            using var refused = await admin.PostFormAsync(Invite, [new("Email", email), new("Role", role)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains(message, page, StringComparison.Ordinal);
            Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        }

        Assert.Equal(usersBefore, await app.QueryAsync(db => db.Users.CountAsync()));
        Assert.Empty(AccountMailbox.To(app, Invitee));
        Assert.False(await app.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == AuditActions.Invite)));
    }

    [Fact]
    public async Task A_new_role_ends_the_users_open_session_and_applies_at_the_next_sign_in()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, Editor);
        var page = $"/admin/users/{await IdAsync(app, Editor)}";

        using (var changed = await admin.PostFormAsync(page, [new("Role", PortalRoles.Member)], page + "?handler=Role"))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.Contains("The role is changed", await admin.GetPageAsync(page + "?done=role"), StringComparison.Ordinal);
        Assert.Equal([PortalRoles.Member], await RolesAsync(app, Editor));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(editor, "/admin"));
        using (var again = await editor.SignInAsync(Editor, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(editor, "/admin"));
        var entry = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == AuditActions.RoleChange));
        Assert.Equal((Admin, Editor, "Editor → Member"), (entry.UserName, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task Disabling_ends_the_open_session_at_its_next_request_and_refuses_sign_in_until_enabled()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, Editor);
        var page = $"/admin/users/{await IdAsync(app, Editor)}";
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(editor, "/admin"));

        using (var disabled = await admin.PostFormAsync(page, [], page + "?handler=Disable"))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(editor, "/admin"));
        Assert.Contains("disabled", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
        using (var refused = await editor.SignInAsync(Editor, AdminSession.Password))
        {
            Assert.Contains(WebUtility.HtmlEncode(LoginModel.Failed), await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var enabled = await admin.PostFormAsync(page, [], page + "?handler=Enable"))
        {
            Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        }

        using (var back = await editor.SignInAsync(Editor, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(editor, "/admin"));
        var actions = await AccountSignInTests.ActionsAsync(app, Editor);
        Assert.Equal([AuditActions.Disable, AuditActions.Enable], actions.Where(a => a.StartsWith("user.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_last_enabled_administrator_can_neither_demote_nor_disable_themselves_and_the_refusal_changes_nothing()
    {
        await using var app = await PortalApp.CreateAsync(database);
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        var self = $"/admin/users/{await IdAsync(app, Admin)}";

        using (var demoted = await admin.PostFormAsync(self, [new("Role", PortalRoles.Editor)], self + "?handler=Role"))
        {
            Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
            Assert.Contains($"{Admin} is the last enabled administrator", await demoted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var disabled = await admin.PostFormAsync(self, [], self + "?handler=Disable"))
        {
            Assert.Contains("You cannot disable your own account", await disabled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // A second administrator who is disabled does not count: the first is still the last.
        await AdminSession.CreateUserAsync(app, "second@example.org", PortalRoles.Administrator);
        var second = $"/admin/users/{await IdAsync(app, "second@example.org")}";
        using (var other = await admin.PostFormAsync(second, [], second + "?handler=Disable"))
        {
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }

        using (var demoted = await admin.PostFormAsync(self, [new("Role", PortalRoles.Editor)], self + "?handler=Role"))
        {
            Assert.Contains("is the last enabled administrator", await demoted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal([PortalRoles.Administrator], await RolesAsync(app, Admin));
        Assert.Null(await app.QueryAsync(db => db.Users.Where(u => u.Email == Admin).Select(u => u.DisabledUtc).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, "/admin/users"));
        Assert.Equal([AuditActions.Login], await AccountSignInTests.ActionsAsync(app, Admin));
    }

    internal static Task<string> IdAsync(PortalApp app, string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    internal static Task<List<string>> RolesAsync(PortalApp app, string email) =>
        app.QueryAsync(db => db.UserRoles
            .Join(db.Users.Where(u => u.Email == email), link => link.UserId, user => user.Id, (link, _) => link.RoleId)
            .Join(db.Roles, id => id, role => role.Id, (_, role) => role.Name!)
            .ToListAsync());

    private static async Task<HttpStatusCode> StatusAsync(AdminSession session, string path)
    {
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}

public sealed class UsersAdminTestsOnSqlite() : UsersAdminTests(SqliteFiles.Instance);

public sealed class UsersAdminTestsOnPostgreSql(PostgresServer server) : UsersAdminTests(server);
