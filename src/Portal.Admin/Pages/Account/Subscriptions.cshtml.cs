using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Users;
using Portal.Digests;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;
using Portal.Templating;

namespace Portal.Admin.Digests;

/// <summary>
/// <c>/account/subscriptions</c>: the signed-in user's own subscription, for the account's address
/// only. An address the account has proven (an invitation or reset link was used) is active at
/// once; any other gets the usual confirmation mail first.
/// </summary>
[Authorize]
public sealed class MySubscriptionModel(
    UserManager<PortalUser> users, PortalDbContext db, SubscriptionService service, SubscriptionFormReader reader, ClusterCatalog catalog, Taxonomy taxonomy, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string Address { get; private set; } = "";
    public bool AddressProven { get; private set; }
    public Subscription? Current { get; private set; }
    public IReadOnlyList<ClusterOption> Clusters { get; private set; } = [];
    public IReadOnlyList<string> Cultures => taxonomy.Site.ContentCultures;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NoAddress();

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await LoadAsync())
        {
            return NoAddress();
        }

        var (request, problems) = reader.Read(Request.Form, Clusters, withEmail: false);
        if (request is null)
        {
            return Refuse(problems.Select(p => p.Message));
        }

        request = request with { Email = Address };
        var aborted = HttpContext.RequestAborted;
        audit.Record(DigestAuditActions.Subscribe, Address, $"{string.Join(' ', request.Clusters)}, {request.Frequency.ToString().ToLowerInvariant()}, {request.Culture}{(AddressProven ? "" : ", confirmation mail sent")}");
        try
        {
            if (AddressProven)
            {
                await service.SubscribeProvenAsync(request, aborted);
            }
            else
            {
                await service.SubscribeAsync(request, aborted);
            }
        }
        catch (MailSendException)
        {
            // The subscription is saved pending; the member can send the form again for another mail.
            return Refuse(["The confirmation mail could not be sent just now: send the form again in a few minutes."], StatusCodes.Status503ServiceUnavailable);
        }
        catch (TemplateRenderException)
        {
            return Refuse(["The confirmation mail could not be made: the site's mail templates are broken. Please tell the site's editors."], StatusCodes.Status500InternalServerError);
        }

        return RedirectToPage(new { done = AddressProven ? "saved" : "confirm" });
    }

    public async Task<IActionResult> OnPostUnsubscribeAsync()
    {
        if (!await LoadAsync())
        {
            return NoAddress();
        }

        if (Current is null or { Status: SubscriptionStatus.Unsubscribed })
        {
            return Refuse(["There is no subscription to end."]);
        }

        var subscription = await db.Set<Subscription>().SingleAsync(s => s.Id == Current.Id, HttpContext.RequestAborted);
        audit.Record(DigestAuditActions.Unsubscribe, Address, null);
        await service.UnsubscribeAsync(subscription, HttpContext.RequestAborted);
        return RedirectToPage(new { done = "ended" });
    }

    private PageResult Refuse(IEnumerable<string> problems, int status = StatusCodes.Status400BadRequest)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError("", problem);
        }

        return new PageResult { StatusCode = status };
    }

    private BadRequestObjectResult NoAddress() => BadRequest("Your account has no valid email address to subscribe with.");

    private async Task<bool> LoadAsync()
    {
        var account = await users.GetUserAsync(User);
        if (EmailAddresses.Normalize(account?.Email) is not { } address)
        {
            return false;
        }

        Address = address;
        AddressProven = account!.EmailConfirmed;
        var key = EmailAddresses.Key(address);
        Current = await db.Set<Subscription>().AsNoTracking().FirstOrDefaultAsync(s => s.EmailKey == key, HttpContext.RequestAborted);
        Clusters = await catalog.ListAsync(Current?.Culture ?? taxonomy.Site.DefaultCulture, HttpContext.RequestAborted);
        return true;
    }
}
