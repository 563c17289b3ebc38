namespace Portal.Digests.Subscriptions;

public enum DigestFrequency
{
    Daily,
    Weekly,
    Monthly,
}
