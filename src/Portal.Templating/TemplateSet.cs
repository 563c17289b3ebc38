using System.Text;
using Fluid;

namespace Portal.Templating;

/// <summary>
/// Where Fluid's <c>{% include %}</c> looks: the templates of one <see cref="LiquidTemplates"/> set,
/// already parsed, so that an include never reads a disk nor parses again, and never finds a
/// template of another set.
/// </summary>
internal sealed class TemplateSet(IReadOnlyDictionary<string, (IFluidTemplate Template, string Source)> templates) : ITemplateFileProvider, ITemplateCache
{
    private const string Extension = ".liquid";

    public ValueTask<TemplateSourceInfo> GetFileInfoAsync(string path, TemplateContext context, CancellationToken cancellationToken)
    {
        var name = NameOf(path);
        if (!templates.TryGetValue(name, out var found))
        {
            return ValueTask.FromResult<TemplateSourceInfo>(null!);
        }

        return ValueTask.FromResult(new TemplateSourceInfo(
            DateTimeOffset.UnixEpoch,
            _ => ValueTask.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(found.Source))),
            name));
    }

    public bool TryGetTemplate(string key, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        var found = templates.TryGetValue(NameOf(key), out var entry);
        template = entry.Template;
        return found;
    }

    // Every template of the set is parsed when the set is made; nothing new is ever cached.
    public void SetTemplate(string key, DateTimeOffset lastModified, IFluidTemplate template)
    {
    }

    private static string NameOf(string path)
    {
        var name = path.Replace('\\', '/').TrimStart('/');
        return name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : name;
    }
}
