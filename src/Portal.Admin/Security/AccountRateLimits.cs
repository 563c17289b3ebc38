using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Admin.Accounts;

namespace Portal.Admin.Security;

/// <summary>
/// Each of the sign-in, two-factor and password-reset forms accepts a few POSTs per network address
/// and window (<c>Portal:Accounts:PostsPerWindow</c>, <c>WindowSeconds</c>); beyond that, 429 and a
/// page that says so. Lock-out guards one account; this guards against guessing across many.
/// </summary>
public static class AccountRateLimits
{
    public const string Policy = "account-forms";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => new ValueTask(Refuse(context, cancellationToken));
            limiter.AddPolicy(Policy, Partition);
        });

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var options = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value;
        // By route pattern, not path: /Account/Login is the same form as /account/login.
        var form = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        return RateLimitPartition.GetFixedWindowLimiter($"{context.Connection.RemoteIpAddress} {form}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PostsPerWindow,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static Task Refuse(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        response.Headers.ContentSecurityPolicy = AdminSecurityHeaders.Policy;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(TooManyAttempts, cancellationToken);
    }

    public const string TooManyAttempts = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
        <title>Too many attempts · Portal admin</title><link rel="stylesheet" href="{AdminAssets.RequestPath}/admin.css"></head>
        <body><main id="main">
        <h1>Too many attempts</h1>
        <p class="error" role="alert">This form has been sent too many times from your network address in a short while. Wait a minute, then try again.</p>
        <p><a href="/account/login">Back to the sign-in page</a></p>
        </main></body>
        </html>
        """;
}
