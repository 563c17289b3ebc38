using Microsoft.EntityFrameworkCore;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Verbs;

/// <summary>The program's verbs, run as a real process the way an operator runs them, with their exit status.</summary>
public abstract class VerbTests(IDatabaseSource database)
{
    private const string AdminPassword = "Correct-Horse-Battery-9";

    [Fact]
    public async Task Import_of_good_files_exits_0()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        portal.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        portal.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));

        var result = await portal.RunAsync(["import"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 created", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, await portal.QueryAsync(db => db.ContentItems.CountAsync()));
    }

    [Fact]
    public async Task Import_of_a_folder_with_a_bad_file_exits_1_and_names_the_file_the_line_and_the_rule()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        portal.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods", "cities: [nowhere]"));
        portal.WriteContent("clusters/heat.md", ContentFile.Cluster("Heat"));

        var result = await portal.RunAsync(["import", portal.ContentPath]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("clusters/floods.md:5: unknown-reference: 'nowhere' in 'cities'", result.Error, StringComparison.Ordinal);
        Assert.Equal(["heat"], await portal.QueryAsync(db => db.ContentItems.Select(x => x.ContentId).ToListAsync()));
    }

    [Fact]
    public async Task Import_of_files_nested_too_deeply_exits_1_names_each_at_its_line_and_imports_the_good_ones()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        foreach (var (path, text) in ContentFile.NestedTooDeeplyBesideGoodFiles())
        {
            portal.WriteContent(path, text);
        }

        var result = await portal.RunAsync(["import"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.All(ContentFile.NestedTooDeeply.Keys, name => Assert.Contains($"news/{name}.md:6: markdown-depth: ", result.Error, StringComparison.Ordinal));
        Assert.Contains("2 created", result.Output, StringComparison.Ordinal);
        Assert.Equal(["floods", "heat"], await portal.QueryAsync(db => db.ContentItems.OrderBy(x => x.ContentId).Select(x => x.ContentId).ToListAsync()));
    }

    [Fact]
    public async Task Import_of_a_folder_outside_the_content_folder_exits_0_and_imports_it()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        portal.WriteContent("clusters/floods.md", ContentFile.Cluster("Floods"));
        var partner = Directory.CreateDirectory(Path.Combine(portal.DataPath, "..", "partner-export")).FullName;
        File.WriteAllText(Path.Combine(partner, "floods.zh.md"), ContentFile.Cluster("洪水", "id: floods"));

        var content = await portal.RunAsync(["import"]);
        var result = await portal.RunAsync(["import", partner]);

        Assert.True(content.ExitCode == 0, content.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 created", result.Output, StringComparison.Ordinal);
        Assert.Equal(["en", "zh"], await portal.QueryAsync(db => db.ContentItems.Where(x => x.ContentId == "floods").OrderBy(x => x.Culture).Select(x => x.Culture).ToListAsync()));
    }

    [Fact]
    public async Task An_unknown_verb_exits_2_with_the_usage()
    {
        await using var portal = await PortalProcess.CreateAsync(database);

        var result = await portal.RunAsync(["frobnicate"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("usage:", result.Error, StringComparison.Ordinal);
        Assert.Contains("import [FOLDER]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_exits_0_with_the_schema_in_place()
    {
        await using var portal = await PortalProcess.CreateAsync(database);

        var result = await portal.RunAsync(["migrate"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(await portal.QueryAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        Assert.Contains(PortalRoles.Administrator, await portal.QueryAsync(db => db.Roles.Select(r => r.Name).ToListAsync()));
    }

    [Fact]
    public async Task Migrate_builds_the_whole_model_from_one_initial_migration()
    {
        await using var portal = await PortalProcess.CreateAsync(database);

        var result = await portal.RunAsync(["migrate"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var applied = await portal.QueryAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.EndsWith("_Initial", Assert.Single(applied), StringComparison.Ordinal);
        Assert.False(await portal.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())), "the model has changes no migration builds");
        var tables = await portal.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList()));
        foreach (var table in tables)
        {
            // Throws when the table is missing, on either provider.
            var probe = "SELECT 1 FROM \"" + table + "\" WHERE 1 = 0";
            await portal.QueryAsync(db => db.Database.ExecuteSqlRawAsync(probe));
        }
    }

    [Fact]
    public async Task Create_admin_with_the_password_variable_makes_an_administrator_once()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        var password = new Dictionary<string, string?> { ["PORTAL_ADMIN_PASSWORD"] = AdminPassword };

        var first = await portal.RunAsync(["users", "create-admin", "--email", "a@b.org"], password);
        var second = await portal.RunAsync(["users", "create-admin", "--email", "a@b.org"], password);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain(AdminPassword, first.Output + first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Contains("already exists", second.Error, StringComparison.Ordinal);
        var roles = await portal.QueryAsync(db =>
            (from user in db.Users
             join userRole in db.UserRoles on user.Id equals userRole.UserId
             join role in db.Roles on userRole.RoleId equals role.Id
             where user.Email == "a@b.org"
             select role.Name).ToListAsync());
        Assert.Equal([PortalRoles.Administrator], roles);
    }

    [Fact]
    public async Task Create_admin_without_the_password_variable_prints_a_generated_password_once()
    {
        await using var portal = await PortalProcess.CreateAsync(database);

        var result = await portal.RunAsync(["users", "create-admin", "--email", "a@b.org"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains("Password", StringComparison.Ordinal));
        var password = line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
        Assert.True(password.Length >= 12, $"the generated password '{password}' is short");
        Assert.Equal(2, result.Output.Split(password).Length);
        Assert.DoesNotContain(password, result.Error, StringComparison.Ordinal);
        Assert.Equal(1, await portal.QueryAsync(db => db.Users.CountAsync(u => u.Email == "a@b.org")));
    }

    [Fact]
    public async Task Create_admin_with_a_bad_email_exits_1_and_creates_nobody()
    {
        await using var portal = await PortalProcess.CreateAsync(database);

        var result = await portal.RunAsync(["users", "create-admin", "--email", "not-an-address"],
            new Dictionary<string, string?> { ["PORTAL_ADMIN_PASSWORD"] = AdminPassword });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("not-an-address", result.Error, StringComparison.Ordinal);
        // The address is refused before the database is touched; migrating now shows nobody was created.
        Assert.Equal(0, (await portal.RunAsync(["migrate"])).ExitCode);
        Assert.Equal(0, await portal.QueryAsync(db => db.Users.CountAsync()));
    }
}

public sealed class VerbTestsOnSqlite() : VerbTests(SqliteFiles.Instance);

public sealed class VerbTestsOnPostgreSql(PostgresServer server) : VerbTests(server);
