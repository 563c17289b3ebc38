namespace Portal.Templating;

/// <summary>A template that is missing or does not parse, named by its file and line; thrown at start-up.</summary>
public sealed class TemplateLoadException(string message) : Exception(message);
