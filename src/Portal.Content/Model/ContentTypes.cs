namespace Portal.Content.Model;

/// <summary>The names of the contract's content types; each is described by its descriptor in <c>Types/</c>.</summary>
public static class ContentTypes
{
    public const string Cluster = "Cluster";
    public const string CaseStudy = "CaseStudy";
    public const string Event = "Event";
    public const string City = "City";
    public const string Organization = "Organization";
    public const string News = "News";
    public const string Page = "Page";
}
