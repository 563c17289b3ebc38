namespace Portal.Digests.Members;

/// <summary>
/// What is wrong with one field of a subscription form: <see cref="Code"/> for a theme to word in
/// its culture (<c>error_{Code}</c>), <see cref="Message"/> in English for pages that have no theme
/// words (the account pages) and for logs.
/// </summary>
public sealed record FormProblem(string Field, string Code, string Message);
