namespace Portal.Admin.Media;

/// <summary>Why an upload was refused, and the status code the answer carries.</summary>
public sealed record UploadRefusal(int Status, string Message);
