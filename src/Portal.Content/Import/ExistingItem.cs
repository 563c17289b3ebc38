using System.Linq.Expressions;
using Portal.Content.Model;

namespace Portal.Content.Import;

/// <summary>What the importer needs to know of an item already in the store.</summary>
internal sealed record ExistingItem(string ContentId, string Culture, string Type, string Slug, ContentStatus Status, string? SourcePath, string? SourceHash)
{
    /// <summary>The projection a query reads it with.</summary>
    public static readonly Expression<Func<ContentItem, ExistingItem>> Of =
        x => new ExistingItem(x.ContentId, x.Culture, x.Type, x.Slug, x.Status, x.SourcePath, x.SourceHash);
}
