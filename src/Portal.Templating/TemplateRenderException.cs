namespace Portal.Templating;

/// <summary>A template failed while rendering; <see cref="Exception.Message"/> names its file.</summary>
public sealed class TemplateRenderException(string file, Exception inner) : Exception($"{file}: {inner.Message}", inner)
{
    public string File { get; } = file;
}
