using Microsoft.Extensions.Options;
using Portal.Admin.Media;
using Portal.Content.Configuration;

namespace Portal.Tests.Admin;

public sealed class MediaFileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd.png", "passwd")]
    [InlineData("..\\..\\Windows\\evil.php.png", "evil-php")]
    [InlineData("Café Ñandú (2024).JPG", "cafe-nandu-2024")]
    [InlineData("flood\u0000map\r\n.png", "flood-map")]
    [InlineData("城市地图.png", "file")]
    [InlineData("..", "file")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    [InlineData("---Ningbo___Map---.png", "ningbo-map")]
    public void The_slug_is_lowercase_ascii_words_from_the_last_segment_without_its_extension(string? uploaded, string slug)
    {
        Assert.Equal(slug, MediaFileNames.Slug(uploaded));
    }

    [Fact]
    public void A_long_name_makes_a_slug_of_at_most_60_characters_that_does_not_end_in_a_hyphen()
    {
        var slug = MediaFileNames.Slug(string.Concat(Enumerable.Repeat("abcd ", 40)) + ".png");

        Assert.InRange(slug.Length, 1, 60);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void The_stored_name_takes_the_extension_of_the_detected_type_and_a_fresh_suffix_each_time()
    {
        var first = MediaFileNames.StoredName("shell.php", MediaType.Png);
        var second = MediaFileNames.StoredName("shell.php", MediaType.Png);

        Assert.Matches("^shell-[a-z2-7]{8}\\.png$", first);
        Assert.NotEqual(first, second);
        Assert.True(MediaFileNames.IsStoredName(first));
    }

    [Theory]
    [InlineData("../x.png")]
    [InlineData("a/b.png")]
    [InlineData("a\\b.png")]
    [InlineData("..png")]
    [InlineData("Map.png")]
    [InlineData("map.svg")]
    [InlineData("map.png\n")]
    [InlineData("map-.png")]
    [InlineData(".upload-0.part")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_that_is_not_shaped_like_a_stored_name_is_not_one(string? name)
    {
        Assert.False(MediaFileNames.IsStoredName(name));
    }

    [Theory]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData("C:\\Users\\ana\\Mapa de Lima.png", "Mapa de Lima.png")]
    [InlineData("bad\u0007name\u001b.pdf", "badname.pdf")]
    [InlineData("../..", null)]
    [InlineData("dir/", null)]
    public void The_display_name_is_the_last_segment_without_control_characters(string uploaded, string? shown)
    {
        Assert.Equal(shown, MediaFileNames.DisplayName(uploaded));
    }

    [Fact]
    public void The_media_folder_builds_paths_only_for_stored_names_and_only_inside_itself()
    {
        var folder = new MediaFolder(Options.Create(new PortalOptions { DataPath = Path.Combine(Path.GetTempPath(), "portal-data") }));

        Assert.Equal(Path.Combine(folder.Path, "map-abcdefgh.png"), folder.PathOf("map-abcdefgh.png"));
        Assert.Null(folder.PathOf("../portal.db"));
        Assert.Null(folder.PathOf("..%2Fportal.db"));
    }

    [Theory]
    [InlineData("  A map\tof\r\nNingbo \u0000 ", "A map of Ningbo")]
    [InlineData(" \t\r\n", null)]
    [InlineData(null, null)]
    public void Alt_text_becomes_one_line_or_nothing(string? typed, string? kept)
    {
        Assert.Equal(kept, MediaAltText.Clean(typed));
    }

    [Fact]
    public void Alt_text_is_required_for_images_only_and_limited_in_length()
    {
        Assert.Equal(MediaMessages.AltTextRequired, MediaAltText.Problem("image/png", null));
        Assert.Null(MediaAltText.Problem("application/pdf", null));
        Assert.Equal(MediaMessages.AltTextTooLong, MediaAltText.Problem("image/png", new string('a', MediaAltText.MaxLength + 1)));
    }
}
