using Portal.Content.Model;
using Portal.Templating;
using Portal.Tests.Support;

namespace Portal.Tests.Digests;

/// <summary>A theme's mail templates that are missing or broken: a clear error naming the file, never a half mail.</summary>
public sealed class MailTemplatesTests(SeedsFixture seeds) : IDisposable
{
    private readonly string themes = Directory.CreateTempSubdirectory("portal-mail-themes-").FullName;

    [Fact]
    public void Load_MissingTemplate_NamesItsFile()
    {
        File.Delete(Path.Combine(Mail, "digest.text.liquid"));

        var failure = Assert.Throws<TemplateLoadException>(() => new DigestMail(seeds, themes).Templates());

        Assert.Contains($"{Path.Combine(Mail, "digest.text.liquid")}:1: the template 'digest.text' is missing", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTag_NamesItsFileAndLine()
    {
        File.WriteAllText(Path.Combine(Mail, "confirm.html.liquid"), "<p>{{ t.confirm_intro }}</p>\n<p>ok</p>\n{% frobnicate %}\n");

        var failure = Assert.Throws<TemplateLoadException>(() => new DigestMail(seeds, themes).Templates());

        Assert.Contains($"{Path.Combine(Mail, "confirm.html.liquid")}:3:", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IncludeOfAMissingPartial_NamesTheIncludingFileAndLine()
    {
        File.WriteAllText(Path.Combine(Mail, "confirm.text.liquid"), "{{ confirm_url }}\n{% include 'partials/signature' %}\n");

        var failure = Assert.Throws<TemplateLoadException>(() => new DigestMail(seeds, themes).Templates());

        Assert.Contains($"{Path.Combine(Mail, "confirm.text.liquid")}:2: 'confirm.text' includes 'partials/signature', which does not exist", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TemplateFailingWhileRendering_ThrowsNamingItsFileInsteadOfAHalfMail()
    {
        File.WriteAllText(Path.Combine(Mail, "digest.text.liquid"), "{{ site.name }}\n{{ 1 | divided_by: 0 }}\n");

        var failure = Assert.Throws<TemplateRenderException>(() => new DigestMail(seeds, themes).Digest("en", DigestMail.Item("x", ContentTypes.News, "disaster-risk-reduction", ("en", "X"))));

        Assert.Equal(Path.Combine(Mail, "digest.text.liquid"), failure.File);
    }

    [Fact]
    public void Build_SubjectTemplateWithLineBreaks_IsOneLine()
    {
        File.WriteAllText(Path.Combine(Mail, "digest.subject.liquid"), "{{ site.name }}\n\r\nBcc: all@example.org\n");

        var message = new DigestMail(seeds, themes).Digest("en", DigestMail.Item("x", ContentTypes.News, "disaster-risk-reduction", ("en", "X")));

        Assert.Equal("South-South Cities Portal Bcc: all@example.org", message.Subject);
        Assert.False(message.Headers.Contains("Bcc"));
    }

    [Fact]
    public void Build_TemplateThatAltersTheLinks_IsRenderedForEachMemberWithTheirOwnLinks()
    {
        File.WriteAllText(Path.Combine(Mail, "digest.text.liquid"), "{{ unsubscribe_url | upcase }}\n{{ preferences_url }}\n");
        var mail = new DigestMail(seeds, themes);
        var renderings = new Portal.Digests.Composition.DigestRenderings();
        var item = DigestMail.Item("x", ContentTypes.News, "disaster-risk-reduction", ("en", "X"));

        var first = mail.Digest("en", renderings, "one@example.org", item);
        var second = mail.Digest("en", renderings, "two@example.org", item);

        Assert.Equal(DigestMail.Links(first).Unsubscribe.ToUpperInvariant(), first.TextBody!.Split('\n')[0]);
        Assert.Equal(DigestMail.Links(second).Unsubscribe.ToUpperInvariant(), second.TextBody!.Split('\n')[0]);
        Assert.Equal(DigestMail.Links(second).Preferences, second.TextBody.Split('\n')[1]);
    }

    [Fact]
    public void Build_TemplateThatCutsTheLinks_CutsEachMembersOwnLink()
    {
        // Liquid's truncate keeps 57 characters and adds "...": the cut falls inside the token.
        File.WriteAllText(Path.Combine(Mail, "digest.text.liquid"), "{{ unsubscribe_url | truncate: 60 }}\n");
        var mail = new DigestMail(seeds, themes);
        var renderings = new Portal.Digests.Composition.DigestRenderings();
        var item = DigestMail.Item("x", ContentTypes.News, "disaster-risk-reduction", ("en", "X"));

        var first = mail.Digest("en", renderings, "one@example.org", item);
        var second = mail.Digest("en", renderings, "two@example.org", item);

        Assert.Equal(DigestMail.Links(first).Unsubscribe[..57] + "...", first.TextBody!.Split('\n')[0]);
        Assert.Equal(DigestMail.Links(second).Unsubscribe[..57] + "...", second.TextBody!.Split('\n')[0]);
    }

    public void Dispose() => Directory.Delete(themes, recursive: true);

    private string Mail
    {
        get
        {
            var mail = Path.Combine(themes, "Galaxy", "mail");
            if (!Directory.Exists(mail))
            {
                var source = Path.Combine(seeds.RepositoryRoot, "themes", "Galaxy", "mail");
                foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(mail, Path.GetRelativePath(source, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
            }

            return mail;
        }
    }
}
