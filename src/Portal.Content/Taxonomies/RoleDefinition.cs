namespace Portal.Content.Taxonomies;

public sealed class RoleDefinition
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
}
