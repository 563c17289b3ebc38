using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Security;
using Portal.Content.Storage;
using Portal.Content.Users;
using Portal.Digests;
using Portal.Digests.Composition;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;
using Portal.Templating;

namespace Portal.Admin.Digests;

/// <summary>
/// <c>/admin/digests/preview</c>: find a subscription by its address, see its next digest (subject,
/// items, the HTML part in a sandboxed frame, the text part) and send it to oneself as a test.
/// </summary>
[Authorize(Policy = AdminPolicies.Editing)]
public sealed class DigestPreviewModel(PortalDbContext db, DigestPreview preview, TestDigests tests, PortalLinks links, UserManager<PortalUser> users) : PageModel
{
    public const int Matches = 20;

    /// <summary>The HTML part's own policy: its inline styles, no script, no form, framed only by the admin.</summary>
    public const string FramePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<Subscription> Found { get; private set; } = [];
    public Subscription? Chosen { get; private set; }
    public PreviewedDigest? Digest { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var aborted = HttpContext.RequestAborted;
        if (Q is { Length: > 0 and <= 254 } query)
        {
            var key = EmailAddresses.Key(query.Trim());
            Found = await db.Set<Subscription>().AsNoTracking().Where(s => s.EmailKey.Contains(key)).OrderBy(s => s.EmailKey).Take(Matches).ToListAsync(aborted);
            Id ??= Found.Count == 1 ? Found[0].Id : null;
        }

        if (Id is not null)
        {
            Chosen = await FindChosenAsync();
            if (Chosen is null)
            {
                return NotFound();
            }

            if (!await TryPreviewAsync())
            {
                return new PageResult { StatusCode = StatusCodes.Status500InternalServerError };
            }
        }

        return Page();
    }

    /// <summary>The HTML part alone, for the preview's frame.</summary>
    public async Task<IActionResult> OnGetHtmlAsync()
    {
        if (await FindChosenAsync() is not { } chosen)
        {
            return NotFound();
        }

        var digest = await PreviewAsync(chosen);
        Response.Headers.ContentSecurityPolicy = FramePolicy;
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(digest.Message is null ? "<!DOCTYPE html><p>Nothing new.</p>" : digest.Html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnPostTestAsync()
    {
        var aborted = HttpContext.RequestAborted;
        Chosen = await FindChosenAsync();
        if (Chosen is null)
        {
            return NotFound();
        }

        if (await tests.NextAllowedAsync(User, aborted) is { } next)
        {
            return await RefuseAsync(StatusCodes.Status429TooManyRequests, $"You have sent the most test digests an hour allows. The next can go at {next:HH:mm} UTC.");
        }

        var editor = await users.GetUserAsync(User);
        if (editor?.Email is not { Length: > 0 } address)
        {
            return await RefuseAsync(StatusCodes.Status400BadRequest, "Your account has no email address to send the test to.");
        }

        try
        {
            var sent = await tests.SendAsync(Chosen, address, links.MailBaseUrl(), aborted);
            return sent.Message is null
                ? await RefuseAsync(StatusCodes.Status400BadRequest, "Nothing to send: no item of this member's clusters has ever been published.")
                : RedirectToPage(new { id = Chosen.Id, done = sent.Sample ? "sample" : "test" });
        }
        catch (Exception e) when (e is MailSendException or MailHeaderException)
        {
            return await RefuseAsync(StatusCodes.Status503ServiceUnavailable, $"The test digest could not be sent: {e.Message}");
        }
        catch (TemplateRenderException e)
        {
            return await RefuseAsync(StatusCodes.Status500InternalServerError, $"The theme's digest templates failed: {e.Message}");
        }
    }

    private async Task<PageResult> RefuseAsync(int status, string problem)
    {
        ModelState.AddModelError("", problem);
        await TryPreviewAsync();
        return new PageResult { StatusCode = status };
    }

    private async Task<bool> TryPreviewAsync()
    {
        try
        {
            Digest = await PreviewAsync(Chosen!);
            return true;
        }
        catch (TemplateRenderException e)
        {
            ModelState.AddModelError("", $"The theme's digest templates failed: {e.Message}");
            return false;
        }
    }

    private async Task<Subscription?> FindChosenAsync() =>
        Id is { } id ? await db.Set<Subscription>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted) : null;

    /// <summary>The member's next digest, addressed to the member: what the page and its frame show.</summary>
    private Task<PreviewedDigest> PreviewAsync(Subscription chosen) =>
        preview.ComposeAsync(chosen, chosen.Email, links.MailBaseUrl(), sampleWhenEmpty: false, HttpContext.RequestAborted);
}
