using Lucene.Net.Documents;

namespace Portal.Search.Indexing;

/// <summary>
/// Hands out the fields of one document at a time. Lucene keeps the token stream of a keyword or
/// numeric field inside the field, and making one costs more than indexing a short keyword; so a
/// rebuild gives each thread one set whose fields every document it adds reuses, with new values.
/// A document's fields may be reused only once the writer has taken it (after <c>AddDocument</c>).
/// </summary>
public sealed class DocumentFields
{
    private readonly Dictionary<string, List<Field>> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> taken = new(StringComparer.Ordinal);
    private Document document = [];

    /// <summary>Starts the next document; the fields of the one before are handed out again.</summary>
    public Document Next()
    {
        taken.Clear();
        document = [];
        return document;
    }

    public void Keyword(string name, string value, Field.Store store) => Add(name, value, store, static (n, v, s) => new StringField(n, v, s));

    public void Text(string name, string value) => Add(name, value, Field.Store.NO, static (n, v, s) => new TextField(n, v, s));

    public void Stored(string name, string value) => Add(name, value, Field.Store.YES, static (n, v, _) => new StoredField(n, v));

    /// <param name="indexed">Whether the number is also searchable by range (trie terms), not only stored.</param>
    public void Number(string name, long value, bool indexed) =>
        Add(name, value, indexed ? static (n, v) => new Int64Field(n, v, Field.Store.YES) : static (n, v) => new StoredField(n, v));

    public void NumericValue(string name, long value) => Add(name, value, static (n, v) => new NumericDocValuesField(n, v));

    // The factories are static lambdas (cached delegates): reusing a field must not cost an allocation.
    private void Add(string name, string value, Field.Store store, Func<string, string, Field.Store, Field> make)
    {
        if (Reuse(name) is { } field)
        {
            field.SetStringValue(value);
        }
        else
        {
            Keep(name, make(name, value, store));
        }
    }

    private void Add(string name, long value, Func<string, long, Field> make)
    {
        if (Reuse(name) is { } field)
        {
            field.SetInt64Value(value);
        }
        else
        {
            Keep(name, make(name, value));
        }
    }

    /// <summary>The next unused field of that name, added to the document; null when one must be made.</summary>
    private Field? Reuse(string name)
    {
        var index = taken.GetValueOrDefault(name);
        taken[name] = index + 1;
        if (pool.TryGetValue(name, out var fields) && index < fields.Count)
        {
            document.Add(fields[index]);
            return fields[index];
        }

        return null;
    }

    private void Keep(string name, Field field)
    {
        if (!pool.TryGetValue(name, out var fields))
        {
            pool[name] = fields = [];
        }

        fields.Add(field);
        document.Add(field);
    }
}
