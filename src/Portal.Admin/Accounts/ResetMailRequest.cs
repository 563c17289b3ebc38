namespace Portal.Admin.Accounts;

/// <summary>A password-reset mail to send, to this account. Its link is on <c>Portal:BaseUrl</c>, never on the request's Host.</summary>
public sealed record ResetMailRequest(string UserId);
