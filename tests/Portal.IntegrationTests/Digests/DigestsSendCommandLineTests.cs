using Portal.Web.Verbs;

namespace Portal.IntegrationTests.Digests;

/// <summary>The words of <c>digests send [--as-of TIME]</c>.</summary>
public sealed class DigestsSendCommandLineTests
{
    [Fact]
    public void Digests_send_takes_an_iso_time_as_utc_when_it_has_no_offset_and_now_without_one()
    {
        var verb = Assert.IsType<DigestsSendVerb>(PortalCommandLine.Parse(["digests", "send", "--as-of", "2026-11-24T08:00:00"]).Verb);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), verb.AsOf);
        verb = Assert.IsType<DigestsSendVerb>(PortalCommandLine.Parse(["digests", "send", "--as-of=2026-11-24T10:00:00+02:00", "--Portal:DataPath", "/tmp/x"]).Verb);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), verb.AsOf.GetValueOrDefault().ToUniversalTime());
        Assert.Null(Assert.IsType<DigestsSendVerb>(PortalCommandLine.Parse(["digests", "send"]).Verb).AsOf);
    }

    [Theory]
    [InlineData("digests", "send", "--as-of", "tomorrow")]
    [InlineData("digests", "send", "--as-of")]
    [InlineData("digests", "send", "--force")]
    [InlineData("digests")]
    public void A_wrong_digests_command_line_is_an_error(params string[] args)
    {
        var parsed = PortalCommandLine.Parse(args);
        Assert.Null(parsed.Verb);
        Assert.NotNull(parsed.Error);
    }
}
