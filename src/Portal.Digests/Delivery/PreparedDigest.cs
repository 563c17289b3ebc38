using MimeKit;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Delivery;

/// <summary>
/// A pending digest made ready ahead of its sending: its message (built, stamped and signed), or
/// why there is none (<see cref="Failure"/>, or no item still public: <see cref="ListedItems"/> 0).
/// </summary>
public sealed record PreparedDigest(DigestRecord Record, Subscription Subscription, int ListedItems, MimeMessage? Message, Exception? Failure);
