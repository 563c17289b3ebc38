using Portal.Digests.Members;
using Portal.Digests.Subscriptions;

namespace Portal.Tests.Digests;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("  Ana.Silva@X.ORG ", "Ana.Silva@x.org")]
    [InlineData("ana.silva@x.org", "ana.silva@x.org")]
    public void Normalize_KeepsTheLocalPartAsTypedAndLowersTheDomain(string typed, string expected) =>
        Assert.Equal(expected, EmailAddresses.Normalize(typed));

    [Theory]
    [InlineData("Ana <ana@x.org>")]
    [InlineData("ana@localhost")]
    [InlineData("ana@x.org\r\nBcc: b@x.org")]
    [InlineData("two@x.org, three@x.org")]
    public void Normalize_NotOnePlainAddress_IsRefused(string typed) =>
        Assert.Null(EmailAddresses.Normalize(typed));

    [Fact]
    public void Email_TwoSpellingsOfOneAddress_HaveOneKeyWhileMailGoesToTheSpellingSet()
    {
        var subscription = new Subscription { Email = EmailAddresses.Normalize("Ana.Silva@X.org")!, Culture = "en", ConfirmStamp = "s" };
        var key = subscription.EmailKey;

        subscription.Email = EmailAddresses.Normalize("ana.SILVA@x.ORG")!;

        Assert.Equal(("ana.SILVA@x.org", "ana.silva@x.org"), (subscription.Email, subscription.EmailKey));
        Assert.Equal(key, subscription.EmailKey);
    }
}
