using Microsoft.EntityFrameworkCore;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Storage;

namespace Portal.Content.Publishing;

/// <summary>
/// The only way content changes: new versions, publishing, unpublishing and archiving, each keeping
/// history. Import and the admin both come through here, so every feature that follows content
/// (through <see cref="IContentChangeHandler"/>) sees every change.
/// </summary>
public sealed class ContentOperations(
    PortalDbContext db,
    MarkdownRenderer markdown,
    ContentTermBuilder termBuilder,
    TimeProvider clock,
    IEnumerable<IContentChangeHandler> handlers)
{
    private readonly List<ContentChange> changes = [];
    private readonly Dictionary<(string ContentId, string Culture), TermWrite> termWrites = [];

    public PortalDbContext Db => db;

    public ContentItem Create(string contentId, string culture, string type, string? ownerId, ContentDraft draft, string? html = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var item = new ContentItem
        {
            ContentId = contentId,
            Culture = culture,
            Type = type,
            Slug = draft.Slug,
            OwnerId = ownerId,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
        db.ContentItems.Add(item);
        AddVersion(item, draft, ownerId, html);
        return item;
    }

    /// <param name="html">The body already rendered, when the caller rendered it in parallel.</param>
    public ContentVersion AddVersion(ContentItem item, ContentDraft draft, string? authorId, string? html = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = new ContentVersion
        {
            ContentId = item.ContentId,
            Culture = item.Culture,
            Number = item.LatestVersion + 1,
            Slug = draft.Slug,
            Title = draft.Title,
            Summary = draft.Summary,
            Body = draft.Body,
            Html = html ?? markdown.ToHtml(draft.Body),
            FieldsJson = draft.FieldsJson,
            PublishedUtc = draft.PublishedUtc,
            AuthorId = authorId,
            CreatedUtc = now,
            SourceHash = draft.SourceHash,
            Note = draft.Note,
        };
        item.Versions.Add(version);
        item.LatestVersion = version.Number;
        item.Title = draft.Title;
        // A draft must not move the public page: a published item keeps its URL until the draft is published.
        if (item.Status != ContentStatus.Published)
        {
            item.Slug = draft.Slug;
        }

        item.SourcePath = draft.SourcePath ?? item.SourcePath;
        item.SourceHash = draft.SourceHash ?? item.SourceHash;
        Touch(item, now, ContentChangeKind.Saved);
        return version;
    }

    public void Publish(ContentItem item, ContentVersion version)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var wasPublic = item.Status == ContentStatus.Published;
        item.PublishedVersion = version.Number;
        item.Slug = version.Slug ?? item.Slug;
        item.Status = ContentStatus.Published;
        item.PublishedUtc = version.PublishedUtc ?? item.PublishedUtc ?? now;
        if (!wasPublic || item.LiveSinceUtc is null)
        {
            item.LiveSinceUtc = item.PublishedUtc > now ? item.PublishedUtc : now;
        }

        // Listings filter on these; tags and regions (derived from countries) live in the search index only,
        // which halves the rows an import writes.
        ReplaceTerms(item, termBuilder.Terms(item.Type, version.Fields).Where(t => t.Kind is not (TermKinds.Tag or TermKinds.Region)));
        Touch(item, now, ContentChangeKind.Published);
    }

    public void Unpublish(ContentItem item) => Withdraw(item, ContentStatus.Draft, ContentChangeKind.Unpublished);

    public void Archive(ContentItem item) => Withdraw(item, ContentStatus.Archived, ContentChangeKind.Archived);

    /// <summary>Saves every change made through this instance in one transaction, then tells the handlers of those that change what is public.</summary>
    public async Task<IReadOnlyList<ContentChange>> SaveAsync(CancellationToken cancellationToken)
    {
        var saved = changes.ToList();
        IReadOnlyList<ContentChange> told = [.. saved.Where(c => c.ChangesWhatIsPublic)];
        foreach (var handler in told.Count > 0 ? handlers : [])
        {
            await handler.OnSavingAsync(db, told, cancellationToken);
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await AddedContentWriter.WriteAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await ContentTermWriter.WriteAsync(db, termWrites, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }

        changes.Clear();
        termWrites.Clear();
        foreach (var handler in told.Count > 0 ? handlers : [])
        {
            await handler.OnSavedAsync(told, cancellationToken);
        }

        return saved;
    }

    private void Withdraw(ContentItem item, ContentStatus status, ContentChangeKind kind)
    {
        item.Status = status;
        item.PublishedVersion = null;
        item.LiveSinceUtc = null;
        ReplaceTerms(item, []);
        Touch(item, clock.GetUtcNow().UtcDateTime, kind);
    }

    /// <summary>Terms are written in bulk when the changes are saved (see <see cref="ContentTermWriter"/>).</summary>
    private void ReplaceTerms(ContentItem item, IEnumerable<(string Kind, string Value)> terms)
    {
        var key = (item.ContentId, item.Culture);
        var isNew = db.Entry(item).State == EntityState.Added || (termWrites.TryGetValue(key, out var earlier) && earlier.IsNew);
        termWrites[key] = new TermWrite(isNew, [.. terms]);
    }

    private void Touch(ContentItem item, DateTime now, ContentChangeKind kind)
    {
        item.ModifiedUtc = now;
        item.Revision++;
        changes.Add(new ContentChange(item.ContentId, item.Culture, item.Type, kind));
    }
}
