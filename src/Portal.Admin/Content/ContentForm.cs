namespace Portal.Admin.Content;

/// <summary>
/// The editor's form: every field of CONTRACT section 3 as the browser sends it. It is turned into
/// front matter and read by the import's own reader, which alone decides what is valid.
/// </summary>
public sealed class ContentForm
{
    public string? Id { get; set; }
    public string? Culture { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Published { get; set; }
    public string? Body { get; set; }
    public List<string> Clusters { get; set; } = [];
    public List<string> Countries { get; set; } = [];
    public List<string> Cities { get; set; } = [];
    public List<string> Organizations { get; set; } = [];
    public List<string> Hazards { get; set; } = [];
    public List<string> Sdgs { get; set; } = [];

    /// <summary>Free words, separated by commas.</summary>
    public string? Tags { get; set; }

    public List<SourceEntry> Sources { get; set; } = [];

    // Event
    public string? Starts { get; set; }
    public string? Ends { get; set; }
    public string? Timezone { get; set; }
    public string? Venue { get; set; }

    /// <summary>Empty (not said), <c>true</c> or <c>false</c>.</summary>
    public string? Online { get; set; }

    public string? RegistrationUrl { get; set; }

    // City
    public string? Country { get; set; }
    public string? Region { get; set; }
    public string? Population { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }

    // Organization
    public string? Kind { get; set; }
    public string? Website { get; set; }

    // Cluster
    public string? Order { get; set; }

    // CaseStudy
    public List<string> Essentials { get; set; } = [];
    public string? Status { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public List<PartnerEntry> Partners { get; set; } = [];
    public string? Funding { get; set; }
    public string? Contact { get; set; }

    /// <summary>Why this version was written, kept in the history.</summary>
    public string? Note { get; set; }

    /// <summary>The item's revision when the form was opened: a save is refused when it has moved on.</summary>
    public int Revision { get; set; }
}
