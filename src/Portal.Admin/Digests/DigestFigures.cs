using Portal.Digests.Outbox;
using Portal.Digests.Reporting;

namespace Portal.Admin.Digests;

/// <summary>What <c>/admin/digests</c> shows: subscriptions per cluster, the outbox by status, the last passes, the suspended.</summary>
public sealed record DigestFigures(
    IReadOnlyList<ClusterSubscribers> Clusters,
    int Active,
    int Pending,
    int Suspended,
    IReadOnlyDictionary<DigestStatus, int> Digests,
    DigestPassRun? LastPass,
    DigestPassRun? LastSending,
    IReadOnlyList<SuspendedSubscription> SuspendedList)
{
    public int DigestsIn(DigestStatus status) => Digests.GetValueOrDefault(status);
}
