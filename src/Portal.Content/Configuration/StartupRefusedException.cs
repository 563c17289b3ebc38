namespace Portal.Content.Configuration;

/// <summary>A setting the portal cannot start without is missing or wrong; the message says which, and how to mend it.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
