namespace Portal.Content.Publishing;

/// <summary>One thing that happened to an item, told to every <see cref="IContentChangeHandler"/>.</summary>
public sealed record ContentChange(string ContentId, string Culture, string Type, ContentChangeKind Kind)
{
    /// <summary>
    /// False for a new draft version: the public site, the search index and the feeds show published
    /// versions only, so an editor saving drafts must not cost them a cache or an index update;
    /// <see cref="ContentOperations"/> tells its handlers of the other changes only.
    /// </summary>
    public bool ChangesWhatIsPublic => Kind != ContentChangeKind.Saved;
}
