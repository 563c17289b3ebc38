using Microsoft.AspNetCore.Http;
using Portal.Content.Taxonomies;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Members;

/// <summary>Reads the fields of the contract (<c>email</c>, repeated <c>clusters</c>, <c>frequency</c>, <c>culture</c>) into a request or a list of what is wrong.</summary>
public sealed class SubscriptionFormReader(Taxonomy taxonomy)
{
    public (SubscriptionRequest? Request, IReadOnlyList<string> Problems) Read(IFormCollection form, IReadOnlyList<ClusterOption> clusters, bool withEmail = true)
    {
        var problems = new List<string>();
        var email = "";
        if (withEmail)
        {
            email = EmailAddresses.Normalize(form["email"].ToString()) ?? "";
            if (email.Length == 0)
            {
                problems.Add("The email address is not a valid address.");
            }
        }

        var known = clusters.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = form["clusters"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            problems.Add("Choose at least one cluster.");
        }
        else if (chosen.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
        {
            problems.Add($"'{unknown}' is not a cluster of this portal.");
        }

        var frequency = Frequency(form["frequency"].ToString());
        if (frequency is null)
        {
            problems.Add("The frequency must be daily, weekly or monthly.");
        }

        var culture = form["culture"].ToString().Trim();
        if (culture.Length == 0)
        {
            culture = taxonomy.Site.DefaultCulture;
        }
        else if (!taxonomy.IsContentCulture(culture))
        {
            problems.Add($"The language must be one of {string.Join(", ", taxonomy.Site.ContentCultures)}.");
        }

        return problems.Count > 0 ? (null, problems) : (new SubscriptionRequest(email, chosen, frequency!.Value, culture), problems);
    }

    private static DigestFrequency? Frequency(string value) => value.Trim() switch
    {
        "daily" => DigestFrequency.Daily,
        "weekly" => DigestFrequency.Weekly,
        "monthly" => DigestFrequency.Monthly,
        _ => null,
    };
}
