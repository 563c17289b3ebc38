namespace Portal.Admin.Media;

/// <summary>What an upload form carried: the file and its alt text, or why the form was refused (and then no file is kept).</summary>
public sealed record ReceivedUpload(ReceivedFile? File, string? AltText, UploadRefusal? Refusal);
