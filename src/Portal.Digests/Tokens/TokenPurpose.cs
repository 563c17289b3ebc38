namespace Portal.Digests.Tokens;

/// <summary>What a link may do; a token for one purpose is refused for another.</summary>
public enum TokenPurpose : byte
{
    Confirm = 1,
    Unsubscribe = 2,
    Preferences = 3,

    /// <summary>Applies a change of an active subscription asked for through <c>/subscribe</c>; the change rides in the token.</summary>
    Change = 4,

    /// <summary>Ends one search alert (its mail's one-click unsubscribe), and nothing else.</summary>
    AlertUnsubscribe = 5,
}
