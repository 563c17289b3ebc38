namespace Portal.Content.Taxonomies;

/// <summary>A seeds file that cannot be used; the message names the file and the line.</summary>
public sealed class TaxonomyException(string message, Exception? inner = null) : Exception(message, inner);
