namespace Portal.Admin.Accounts;

/// <summary>A password-reset mail to send: the account, and the site's address as the visitor reached it.</summary>
public sealed record ResetMailRequest(string UserId, string BaseUrl);
