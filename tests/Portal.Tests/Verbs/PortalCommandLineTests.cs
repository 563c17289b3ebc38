using Portal.Web.Verbs;

namespace Portal.Tests.Verbs;

public sealed class PortalCommandLineTests
{
    [Fact]
    public void Parse_NoArguments_RunsTheSite()
    {
        var parsed = PortalCommandLine.Parse([]);

        Assert.Null(parsed.Error);
        Assert.Null(parsed.Verb);
        Assert.Empty(parsed.HostArgs);
    }

    [Fact]
    public void Parse_OnlyHostOptions_RunsTheSiteWithThem()
    {
        var parsed = PortalCommandLine.Parse(["--urls", "http://127.0.0.1:5099", "--environment", "Development"]);

        Assert.Null(parsed.Error);
        Assert.Null(parsed.Verb);
        Assert.Equal(["--urls", "http://127.0.0.1:5099", "--environment", "Development"], parsed.HostArgs);
    }

    [Fact]
    public void Parse_Import_ImportsTheConfiguredFolder()
    {
        var parsed = PortalCommandLine.Parse(["import"]);

        Assert.Null(parsed.Error);
        var verb = Assert.IsType<ImportVerb>(parsed.Verb);
        Assert.Null(verb.Folder);
        Assert.False(verb.Prune);
    }

    [Theory]
    [InlineData("import", "content/x", "--prune")]
    [InlineData("import", "--prune", "content/x")]
    public void Parse_ImportFolderWithPrune_ImportsThatFolderAndPrunes(string first, string second, string third)
    {
        var parsed = PortalCommandLine.Parse([first, second, third]);

        Assert.Null(parsed.Error);
        var verb = Assert.IsType<ImportVerb>(parsed.Verb);
        Assert.Equal("content/x", verb.Folder);
        Assert.True(verb.Prune);
        Assert.Empty(parsed.HostArgs);
    }

    [Fact]
    public void Parse_Migrate_Migrates()
    {
        var parsed = PortalCommandLine.Parse(["migrate"]);

        Assert.Null(parsed.Error);
        Assert.IsType<MigrateVerb>(parsed.Verb);
    }

    [Theory]
    [InlineData("--email", "a@b.org")]
    [InlineData("--email=a@b.org")]
    public void Parse_UsersCreateAdminWithEmail_CreatesThatAdmin(params string[] option)
    {
        var parsed = PortalCommandLine.Parse(["users", "create-admin", .. option]);

        Assert.Null(parsed.Error);
        Assert.Equal("a@b.org", Assert.IsType<CreateAdminVerb>(parsed.Verb).Email);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5099")]
    [InlineData("--Portal:DataPath=/tmp/x")]
    [InlineData("--Portal:DataPath", "/tmp/x")]
    [InlineData("--environment", "Development")]
    [InlineData("--environment=Development")]
    [InlineData("--contentRoot", "/srv/portal")]
    public void Parse_VerbWithHostOption_PassesOptionToHost(params string[] hostOption)
    {
        var before = PortalCommandLine.Parse([.. hostOption, "migrate"]);
        var after = PortalCommandLine.Parse(["import", "content/x", .. hostOption]);

        Assert.Null(before.Error);
        Assert.IsType<MigrateVerb>(before.Verb);
        Assert.Equal(hostOption, before.HostArgs);
        Assert.Null(after.Error);
        Assert.Equal("content/x", Assert.IsType<ImportVerb>(after.Verb).Folder);
        Assert.Equal(hostOption, after.HostArgs);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("users", "create-admin")]
    [InlineData("users", "create-admin", "--email")]
    [InlineData("users", "create-admin", "--email", "")]
    [InlineData("users")]
    [InlineData("import", "a", "b")]
    [InlineData("migrate", "now")]
    public void Parse_WrongCommand_IsAnErrorNamingIt(params string[] args)
    {
        var parsed = PortalCommandLine.Parse(args);

        Assert.NotNull(parsed.Error);
        Assert.Contains(args[0], parsed.Error, StringComparison.Ordinal);
        Assert.Null(parsed.Verb);
    }

    [Theory]
    [InlineData("import", "--prnue")]
    [InlineData("import", "content/x", "--prnue")]
    [InlineData("migrate", "--prune")]
    [InlineData("--prnue")]
    public void Parse_UnknownOption_IsAnErrorNamingIt(params string[] args)
    {
        var parsed = PortalCommandLine.Parse(args);

        Assert.NotNull(parsed.Error);
        Assert.Contains(args[^1], parsed.Error, StringComparison.Ordinal);
        Assert.Null(parsed.Verb);
    }

    [Fact]
    public void Usage_NamesEveryVerb()
    {
        Assert.Contains("import [FOLDER] [--prune]", PortalCommandLine.Usage, StringComparison.Ordinal);
        Assert.Contains("migrate", PortalCommandLine.Usage, StringComparison.Ordinal);
        Assert.Contains("users create-admin --email EMAIL", PortalCommandLine.Usage, StringComparison.Ordinal);
    }
}
