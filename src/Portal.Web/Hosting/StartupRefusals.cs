using System.Reflection;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Content.Taxonomies;
using Portal.Templating;

namespace Portal.Web.Hosting;

/// <summary>
/// A start refused for a setting, a seeds file or a theme (the message says which) ends the program
/// with exit code 1 and that message alone; unhandled, it aborted with 134 and a stack trace that
/// buried the one line an operator needs.
/// </summary>
public static class StartupRefusals
{
    /// <summary>Only for the program itself: a test host's unhandled exceptions are its own.</summary>
    public static void ExitCleanlyOnRefusal()
    {
        if (Assembly.GetEntryAssembly() != typeof(StartupRefusals).Assembly)
        {
            return;
        }

        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (Reason(e.ExceptionObject as Exception) is { } reason)
            {
                Console.Error.WriteLine($"The portal cannot start: {reason}");
                Environment.Exit(1);
            }
        };
    }

    private static string? Reason(Exception? exception) => exception switch
    {
        StartupRefusedException or TaxonomyException or TemplateLoadException => exception.Message,
        OptionsValidationException options => string.Join(Environment.NewLine, options.Failures),
        TargetInvocationException or AggregateException => Reason(exception.InnerException),
        _ => null,
    };
}
