namespace Portal.Admin.Users;

/// <summary>One line of the users list.</summary>
public sealed record UserRow(string Id, string Email, string? DisplayName, string Roles, string State, bool TwoFactor);
