using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Content.Taxonomies;

public static class TaxonomyLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static Taxonomy Load(string seedsPath)
    {
        if (!Directory.Exists(seedsPath))
        {
            throw new TaxonomyException($"{seedsPath}: the seeds folder does not exist (Portal:SeedsPath)");
        }

        var site = Read<SiteSettings>(seedsPath, "site.yaml");
        var countries = Read<CountriesFile>(seedsPath, "countries.yaml");
        var hazards = Read<HazardsFile>(seedsPath, "hazards.yaml");
        var sdgs = Read<SdgsFile>(seedsPath, "sdgs.yaml");
        var essentials = Read<EssentialsFile>(seedsPath, "essentials.yaml");
        var roles = Read<RolesFile>(seedsPath, "roles.yaml");

        if (!site.ContentCultures.Contains(site.DefaultCulture) || !site.Cultures.All(site.ContentCultures.Contains))
        {
            throw new TaxonomyException($"{Path.Combine(seedsPath, "site.yaml")}: defaultCulture and cultures must be among contentCultures");
        }

        return new Taxonomy
        {
            Site = site,
            Countries = Unique(countries.Countries, c => c.Code, "countries.yaml"),
            Regions = Unique(countries.Regions, r => r.Code, "countries.yaml"),
            Subregions = Unique(countries.Subregions, r => r.Code, "countries.yaml"),
            IntermediateRegions = Unique(countries.IntermediateRegions, r => r.Code, "countries.yaml"),
            Hazards = Unique(hazards.Hazards, h => h.Id, "hazards.yaml"),
            HazardFamilies = hazards.Families,
            Sdgs = Unique(sdgs.Goals, g => g.Number, "sdgs.yaml"),
            Essentials = Unique(essentials.Essentials, e => e.Number, "essentials.yaml"),
            Roles = roles.Roles,
        };
    }

    private static T Read<T>(string folder, string name)
        where T : new()
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new TaxonomyException($"{path}: missing seeds file");
        }

        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? new T();
        }
        catch (YamlException e)
        {
            throw new TaxonomyException($"{path}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    private static Dictionary<TKey, TValue> Unique<TKey, TValue>(List<TValue> values, Func<TValue, TKey> key, string file)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, TValue>();
        foreach (var value in values)
        {
            if (!result.TryAdd(key(value), value))
            {
                throw new TaxonomyException($"{file}: '{key(value)}' is listed twice");
            }
        }

        return result;
    }

    private sealed class CountriesFile
    {
        public List<M49Area> Regions { get; set; } = [];
        public List<M49Area> Subregions { get; set; } = [];
        public List<M49Area> IntermediateRegions { get; set; } = [];
        public List<Country> Countries { get; set; } = [];
    }

    private sealed class HazardsFile
    {
        public List<HazardFamily> Families { get; set; } = [];
        public List<Hazard> Hazards { get; set; } = [];
    }

    private sealed class SdgsFile
    {
        public List<NumberedTerm> Goals { get; set; } = [];
    }

    private sealed class EssentialsFile
    {
        public List<NumberedTerm> Essentials { get; set; } = [];
    }

    private sealed class RolesFile
    {
        public List<RoleDefinition> Roles { get; set; } = [];
    }
}
