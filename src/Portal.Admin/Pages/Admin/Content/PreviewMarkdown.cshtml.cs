using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Content.Import;
using Portal.Content.Markdown;

namespace Portal.Admin.Content;

/// <summary>
/// <c>POST /admin/content/preview-markdown</c> (with the antiforgery token): the editor's live preview,
/// rendered and sanitised by the site's own <see cref="MarkdownRenderer"/>. A body the renderer refuses
/// answers 400 with the reason as plain text.
/// </summary>
public sealed class MarkdownPreviewModel(MarkdownRenderer markdown) : PageModel
{
    [BindProperty(Name = "markdown")]
    public string? Markdown { get; set; }

    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public IActionResult OnPost()
    {
        var text = Markdown ?? "";
        if (text.Length > ContentFileReader.MaxFileBytes)
        {
            return BadRequest("A body may be at most 1 MiB.");
        }

        try
        {
            return Content(markdown.ToHtml(text.ReplaceLineEndings("\n")), "text/html; charset=utf-8");
        }
        catch (MarkdownTooDeepException e)
        {
            // The editor shows this text beside the body field, as a save would refuse it.
            return BadRequest($"Line {e.Depth.Line} of the body: {MarkdownDepth.Message} ({MarkdownDepth.Rule}).");
        }
    }
}
