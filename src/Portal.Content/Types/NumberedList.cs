namespace Portal.Content.Types;

/// <summary>The numbered lists of <c>seeds/</c> a <see cref="FieldKind.Numbers"/> field draws from.</summary>
public enum NumberedList
{
    /// <summary>The 17 Sustainable Development Goals.</summary>
    Sdgs,
    /// <summary>UNDRR's Ten Essentials for making cities resilient.</summary>
    Essentials,
}
