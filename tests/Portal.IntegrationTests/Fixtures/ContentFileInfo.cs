namespace Portal.IntegrationTests.Fixtures;

/// <summary>What a test needs to know of one file of the repository's content/.</summary>
public sealed record ContentFileInfo(string Path, string Id, string Culture, string Type, string Title, DateTime? Published);
