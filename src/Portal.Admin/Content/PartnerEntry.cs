namespace Portal.Admin.Content;

/// <summary>One row of a case study's <c>partners</c>: a city or organization and its role.</summary>
public sealed class PartnerEntry
{
    public string? Ref { get; set; }
    public string? Role { get; set; }
}
