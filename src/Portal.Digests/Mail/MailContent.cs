namespace Portal.Digests.Mail;

/// <summary>A mail rendered from the theme: its one-line subject, its HTML part and its plain-text part.</summary>
public sealed record MailContent(string Subject, string Html, string Text);
