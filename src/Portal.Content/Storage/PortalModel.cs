using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Portal.Content.Storage;

/// <summary>
/// The assemblies whose entity configurations make up the portal's model. A feature module adds
/// its assembly once at start-up, before the first context is created.
/// </summary>
public static class PortalModel
{
    private static readonly List<Assembly> Assemblies = [typeof(PortalModel).Assembly];
    private static readonly Lock Gate = new();

    public static void Include(Assembly assembly)
    {
        lock (Gate)
        {
            if (!Assemblies.Contains(assembly))
            {
                Assemblies.Add(assembly);
            }
        }
    }

    internal static void Configure(ModelBuilder builder)
    {
        lock (Gate)
        {
            foreach (var assembly in Assemblies)
            {
                builder.ApplyConfigurationsFromAssembly(assembly);
            }
        }
    }
}
