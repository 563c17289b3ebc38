namespace Portal.Web.Api;

/// <summary>The body of every 400 and 404 of the JSON API: what is wrong, in words.</summary>
public sealed record ApiError(string Error);
