namespace Portal.Digests.Mail;

/// <summary>The <c>Portal:Mail:Dkim</c> section: without <see cref="KeyPath"/>, mail is not signed.</summary>
public sealed class DkimOptions
{
    /// <summary>A PEM file with the RSA private key (PKCS#1 or PKCS#8); relative paths are resolved like the other paths.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The selector: the public key is published at <c>SELECTOR._domainkey.DOMAIN</c>.</summary>
    public string? Selector { get; set; }

    /// <summary>The signing domain (<c>d=</c>); default: the domain of <c>Portal:Mail:From</c>.</summary>
    public string? Domain { get; set; }
}
