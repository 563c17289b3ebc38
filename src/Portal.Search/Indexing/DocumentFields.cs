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

    public void Keyword(string name, string value, Field.Store store)
    {
        if (Reuse(name) is { } field)
        {
            field.SetStringValue(value);
        }
        else
        {
            Keep(name, new StringField(name, value, store));
        }
    }

    public void Text(string name, string value)
    {
        if (Reuse(name) is { } field)
        {
            field.SetStringValue(value);
        }
        else
        {
            Keep(name, new TextField(name, value, Field.Store.NO));
        }
    }

    public void Stored(string name, string value)
    {
        if (Reuse(name) is { } field)
        {
            field.SetStringValue(value);
        }
        else
        {
            Keep(name, new StoredField(name, value));
        }
    }

    /// <param name="indexed">Whether the number is also searchable by range (trie terms), not only stored.</param>
    public void Number(string name, long value, bool indexed)
    {
        if (Reuse(name) is { } field)
        {
            field.SetInt64Value(value);
        }
        else
        {
            Keep(name, indexed ? new Int64Field(name, value, Field.Store.YES) : new StoredField(name, value));
        }
    }

    public void NumericValue(string name, long value)
    {
        if (Reuse(name) is { } field)
        {
            field.SetInt64Value(value);
        }
        else
        {
            Keep(name, new NumericDocValuesField(name, value));
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
