using Portal.Content.Types;

namespace Portal.Site.Content;

/// <summary>One published item in the culture it is shown in, with its front matter parsed by its type's fields.</summary>
public sealed record ContentCard(
    string Id, string Type, string Slug, string Title, string? Summary, string Url, string Culture, DateTime? Published, ContentFields Fields)
{
    public IReadOnlyList<string> List(string field) => Fields.List(field);

    public string? Text(string field) => Fields.Text(field);
}
