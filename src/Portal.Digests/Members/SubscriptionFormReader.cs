using Microsoft.AspNetCore.Http;
using Portal.Content.Taxonomies;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Members;

/// <summary>Reads the fields of the contract (<c>email</c>, repeated <c>clusters</c>, <c>frequency</c>, <c>culture</c>) into a request or what is wrong with each field.</summary>
public sealed class SubscriptionFormReader(Taxonomy taxonomy)
{
    /// <summary>A field people never see or fill; a robot that fills every field gets a success page and no mail.</summary>
    public const string HoneypotField = "website";

    public const string EmailField = "email";
    public const string ClustersField = "clusters";
    public const string FrequencyField = "frequency";
    public const string CultureField = "culture";

    public (SubscriptionRequest? Request, IReadOnlyList<FormProblem> Problems) Read(IFormCollection form, IReadOnlyList<ClusterOption> clusters, bool withEmail = true)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(clusters);
        var problems = new List<FormProblem>();
        var email = "";
        if (withEmail)
        {
            email = EmailAddresses.Normalize(form[EmailField].ToString()) ?? "";
            if (email.Length == 0)
            {
                problems.Add(new(EmailField, "email_invalid", "The email address is not a valid address."));
            }
        }

        var known = clusters.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = Clusters(form);
        if (chosen.Count == 0)
        {
            problems.Add(new(ClustersField, "clusters_none", "Choose at least one cluster."));
        }
        else if (chosen.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
        {
            problems.Add(new(ClustersField, "clusters_unknown", $"'{unknown}' is not a cluster of this portal."));
        }

        var frequency = Frequency(form[FrequencyField].ToString());
        if (frequency is null)
        {
            problems.Add(new(FrequencyField, "frequency_invalid", "The frequency must be daily, weekly or monthly."));
        }

        var culture = form[CultureField].ToString().Trim();
        if (culture.Length == 0)
        {
            culture = taxonomy.Site.DefaultCulture;
        }
        else if (!taxonomy.IsContentCulture(culture))
        {
            problems.Add(new(CultureField, "culture_invalid", $"The language must be one of {string.Join(", ", taxonomy.Site.ContentCultures)}."));
        }

        return problems.Count > 0 ? (null, problems) : (new SubscriptionRequest(email, chosen, frequency!.Value, culture), problems);
    }

    /// <summary>The cluster ids a form names, trimmed, each once, in the form's order.</summary>
    public static List<string> Clusters(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. form[ClustersField].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];
    }

    public static DigestFrequency? Frequency(string? value) => value?.Trim() switch
    {
        "daily" => DigestFrequency.Daily,
        "weekly" => DigestFrequency.Weekly,
        "monthly" => DigestFrequency.Monthly,
        _ => null,
    };
}
