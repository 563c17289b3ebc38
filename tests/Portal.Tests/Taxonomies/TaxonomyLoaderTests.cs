using Portal.Content.Taxonomies;
using Portal.Tests.Support;

namespace Portal.Tests.Taxonomies;

public sealed class TaxonomyLoaderTests(SeedsFixture seeds) : IDisposable
{
    private readonly List<DirectoryInfo> temporaryFolders = [];

    public void Dispose()
    {
        foreach (var folder in temporaryFolders)
        {
            folder.Delete(recursive: true);
        }
    }

    // ---- the real seeds ----

    [Fact]
    public void Load_RealSeeds_HasEveryIsoCountry()
    {
        Assert.Equal(249, seeds.Taxonomy.Countries.Count);
    }

    [Fact]
    public void Load_RealSeeds_PlacesChinaInEasternAsia()
    {
        var china = seeds.Taxonomy.Countries["CN"];

        Assert.Equal("156", china.M49);
        Assert.Equal("142", china.Region);
        Assert.Equal("030", china.Subregion);
        Assert.Equal("China", china.Name.In("en"));
        Assert.Equal("中国", china.Name.In("zh"));
        Assert.Equal("Asia", seeds.Taxonomy.Regions["142"].Name.In("en"));
        Assert.Equal("Eastern Asia", seeds.Taxonomy.Subregions["030"].Name.In("en"));
    }

    [Fact]
    public void Load_RealSeeds_PlacesLebanonInWesternAsia()
    {
        var lebanon = seeds.Taxonomy.Countries["LB"];

        Assert.Equal("142", lebanon.Region);
        Assert.Equal("145", lebanon.Subregion);
        Assert.Equal("Western Asia", seeds.Taxonomy.Subregions["145"].Name.In("en"));
    }

    [Fact]
    public void Load_RealSeeds_KeepsLeadingZerosAndNorway()
    {
        Assert.Equal("578", seeds.Taxonomy.Countries["NO"].M49);
        Assert.Equal("005", seeds.Taxonomy.Countries["BR"].IntermediateRegion);
        Assert.True(seeds.Taxonomy.Regions.ContainsKey("002"));
    }

    [Fact]
    public void Load_RealSeeds_HasM49Groupings()
    {
        Assert.Equal(5, seeds.Taxonomy.Regions.Count);
        Assert.Equal(17, seeds.Taxonomy.Subregions.Count);
        Assert.Equal(8, seeds.Taxonomy.IntermediateRegions.Count);
        Assert.All(seeds.Taxonomy.Countries.Values.Where(c => c.Region.Length > 0), c => Assert.Contains(c.Region, seeds.Taxonomy.Regions.Keys));
        Assert.All(seeds.Taxonomy.Countries.Values.Where(c => c.Subregion.Length > 0), c => Assert.Contains(c.Subregion, seeds.Taxonomy.Subregions.Keys));
    }

    [Fact]
    public void Load_RealSeeds_HasSeventeenSdgsNumberedOneToSeventeen()
    {
        Assert.Equal(Enumerable.Range(1, 17), seeds.Taxonomy.Sdgs.Keys.Order());
        Assert.Equal("#E5243B", seeds.Taxonomy.Sdgs[1].Colour);
        Assert.Equal("No poverty", seeds.Taxonomy.Sdgs[1].Name.In("en"));
    }

    [Fact]
    public void Load_RealSeeds_HasTenEssentials()
    {
        Assert.Equal(Enumerable.Range(1, 10), seeds.Taxonomy.Essentials.Keys.Order());
    }

    [Fact]
    public void Load_RealSeeds_HasTheFourRolesInOrder()
    {
        Assert.Equal(["Administrator", "Editor", "Contributor", "Member"], seeds.Taxonomy.Roles.Select(r => r.Name));
        Assert.All(seeds.Taxonomy.Roles, r => Assert.NotEmpty(r.Description));
    }

    [Theory]
    [InlineData("flood")]
    [InlineData("tropical-cyclone")]
    [InlineData("earthquake")]
    [InlineData("epidemic")]
    public void Load_RealSeeds_HasHazard(string id)
    {
        var hazard = seeds.Taxonomy.Hazards[id];

        Assert.Contains(hazard.Family, seeds.Taxonomy.HazardFamilies.Select(f => f.Id));
        Assert.NotEmpty(hazard.Name.In("en"));
    }

    [Fact]
    public void Load_RealSeeds_HasSiteSettings()
    {
        var site = seeds.Taxonomy.Site;

        Assert.Equal("en", site.DefaultCulture);
        Assert.Equal(["en", "zh", "ar"], site.Cultures);
        Assert.Equal(["en", "zh", "ar", "fr", "es", "ru"], site.ContentCultures);
        Assert.Equal("South-South Cities Portal", site.Name.In("en"));
        Assert.True(seeds.Taxonomy.IsContentCulture("ru"));
        Assert.False(seeds.Taxonomy.IsContentCulture("de"));
    }

    [Fact]
    public void LocalizedTextIn_MissingCulture_FallsBackToEnglish()
    {
        Assert.Equal("South-South Cities Portal", seeds.Taxonomy.Site.Name.In("de"));
    }

    // ---- broken seeds ----

    [Fact]
    public void Load_BrokenYamlInCountries_ThrowsNamingFileAndLine()
    {
        var folder = CopyOfSeeds();
        var path = Path.Combine(folder, "countries.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines, "    m49: \"156\"");
        lines[index] = "    m49: \"156\" \"157\"";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder));

        Assert.StartsWith($"{path}:{index + 1}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongValueTypeInSdgs_ThrowsNamingFileAndLine()
    {
        var folder = CopyOfSeeds();
        var path = Path.Combine(folder, "sdgs.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines, "  - number: 2");
        lines[index] = "  - number: two";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder));

        Assert.StartsWith($"{path}:{index + 1}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltKeyInHazards_ThrowsNamingFileAndLine()
    {
        var folder = CopyOfSeeds();
        var path = Path.Combine(folder, "hazards.yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines, "    family: geological");
        lines[index] = "    famly: geological";
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder));

        Assert.StartsWith($"{path}:{index + 1}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("famly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateCountry_ThrowsNamingFileAndCode()
    {
        var folder = CopyOfSeeds();
        var path = Path.Combine(folder, "countries.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("code: \"CO\"", "code: \"CN\"", StringComparison.Ordinal));

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder));

        Assert.Contains("countries.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("'CN'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DefaultCultureNotAContentCulture_ThrowsNamingSiteFile()
    {
        var folder = CopyOfSeeds();
        var path = Path.Combine(folder, "site.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("defaultCulture: en", "defaultCulture: de", StringComparison.Ordinal));

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder));

        Assert.StartsWith($"{path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("defaultCulture", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingFile()
    {
        var folder = CopyOfSeeds();
        var path = Path.Combine(folder, "roles.yaml");
        File.Delete(path);

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsNamingFolderAndSetting()
    {
        var folder = Path.Combine(CopyOfSeeds(), "no-such-folder");

        var error = Assert.Throws<TaxonomyException>(() => TaxonomyLoader.Load(folder));

        Assert.StartsWith(folder, error.Message, StringComparison.Ordinal);
        Assert.Contains("Portal:SeedsPath", error.Message, StringComparison.Ordinal);
    }

    private string CopyOfSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("portal-seeds-");
        temporaryFolders.Add(folder);
        foreach (var file in Directory.GetFiles(seeds.SeedsPath))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        }

        return folder.FullName;
    }
}
