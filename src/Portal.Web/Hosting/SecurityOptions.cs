using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>Portal:Security</c>: the headers every answer of the public site, the feeds, the APIs and the
/// members' pages carries (the admin sends its own, stricter policy), and HTTPS.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Portal:Security";

    /// <summary>
    /// Scripts, styles and fonts only from the site itself and never inline (JSON-LD is data, not
    /// script); images also from any HTTPS address, since content may show them; no plugins, no
    /// framing. A deployment that adds, say, a statistics script names its origin here.
    /// </summary>
    [Required]
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary><c>X-Frame-Options</c>, for browsers without <c>frame-ancestors</c>: <c>DENY</c>, <c>SAMEORIGIN</c>, or empty to send none (when the policy lets other sites frame the site).</summary>
    [RegularExpression("^(DENY|SAMEORIGIN|)$")]
    public string FrameOptions { get; set; } = "DENY";

    [Required]
    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    /// <summary><c>Strict-Transport-Security</c> max-age, sent on HTTPS answers (not to loopback names); 0 sends none.</summary>
    [Range(0, 2 * 365 * 24 * 3600)]
    public int HstsMaxAgeSeconds { get; set; } = 365 * 24 * 3600;

    public bool HstsIncludeSubDomains { get; set; }

    /// <summary>
    /// The port HTTP requests are redirected to (308). Unset: the HTTPS port Kestrel listens on, if any
    /// (or ASP.NET Core's <c>HTTPS_PORT</c>); behind a proxy that ends TLS, set it (443).
    /// </summary>
    [Range(1, 65535)]
    public int? HttpsPort { get; set; }
}
