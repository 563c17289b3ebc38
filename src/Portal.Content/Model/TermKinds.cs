namespace Portal.Content.Model;

public static class TermKinds
{
    public const string Cluster = "cluster";
    public const string Country = "country";
    public const string Region = "region";
    public const string City = "city";
    public const string Organization = "organization";
    public const string Hazard = "hazard";
    public const string Sdg = "sdg";
    public const string Tag = "tag";
}
