using System.Collections;
using Fluid.Values;

namespace Portal.Templating;

/// <summary>
/// Turns a model into the values Fluid renders, once per render and without reflection: dictionaries
/// become dictionary values, sequences arrays. Strings stay as they are: the encoder of the render
/// escapes them on the way out (HTML for pages and mail bodies, none for a text part or a subject), so
/// filters such as <c>truncate</c> see the text, never its entities. <see cref="RawHtml"/> is the one
/// string written without encoding.
/// </summary>
public static class LiquidValues
{
    public static FluidValue Convert(object? value) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        RawHtml raw => StringValue.Create(raw.Html, encode: false),
        string text => StringValue.Create(text),
        bool flag => BooleanValue.Create(flag),
        int number => NumberValue.Create(number),
        long number => NumberValue.Create(number),
        double number => NumberValue.Create((decimal)number),
        decimal number => NumberValue.Create(number),
        IDictionary dictionary => ToDictionary(dictionary),
        IEnumerable sequence => ArrayValue.Create(sequence.Cast<object?>().Select(Convert).ToList()),
        _ => StringValue.Create(value.ToString() ?? ""),
    };

    public static FluidValue ToDictionary(IDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var values = new Dictionary<string, FluidValue>(dictionary.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            values[entry.Key.ToString()!] = Convert(entry.Value);
        }

        return DictionaryValue.Create(new FluidValueDictionaryFluidIndexable(values));
    }
}
