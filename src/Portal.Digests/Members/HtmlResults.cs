using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Portal.Digests.Members;

public static class HtmlResults
{
    public static ContentHttpResult Page(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html", Encoding.UTF8, status);

    public static ContentHttpResult BadRequest(params string[] problems) =>
        Page(MemberPages.BadRequest(problems), StatusCodes.Status400BadRequest);
}
