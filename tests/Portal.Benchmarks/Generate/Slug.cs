using System.Text;

namespace Portal.Benchmarks.Generate;

/// <summary>Turns an English title into a content id: lowercase ASCII letters and digits joined by single hyphens.</summary>
public static class Slug
{
    public static string Of(string text, int maxLength = 60)
    {
        var builder = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                hyphen = false;
            }
            else if (c != '\'')
            {
                hyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)].TrimEnd('-');
        }

        return slug.Length == 0 ? "item" : slug;
    }
}
