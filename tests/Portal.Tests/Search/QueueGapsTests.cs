using Portal.Search.Queue;

namespace Portal.Tests.Search;

public sealed class QueueGapsTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Ids_missing_between_the_cursor_and_what_was_read_are_watched()
    {
        var gaps = QueueGaps.None.Missing(10, [11, 14, 15, 18], Now);

        Assert.Equal([new QueueGap(12, 13, Now), new QueueGap(16, 17, Now)], gaps.Ranges);
        Assert.Equal(11, gaps.SafePosition(18));
    }

    [Fact]
    public void An_id_that_came_late_is_no_longer_watched_and_the_rest_of_its_gap_is()
    {
        var gaps = QueueGaps.None.Missing(10, [20], Now);

        var after = gaps.Without([13, 15]);

        Assert.Equal([new QueueGap(11, 12, Now), new QueueGap(14, 14, Now), new QueueGap(16, 19, Now)], after.Ranges);
        Assert.True(after.Without([11, 12, 14, 16, 17, 18, 19]).IsEmpty);
        Assert.Equal(20, after.Without([11, 12, 14, 16, 17, 18, 19]).SafePosition(20));
    }

    [Fact]
    public void A_gap_older_than_the_late_commit_window_is_given_up()
    {
        var gaps = QueueGaps.None.Missing(10, [12], Now).Missing(12, [14], Now.AddMinutes(20));

        var later = gaps.Unexpired(Now.AddMinutes(31), TimeSpan.FromMinutes(30));

        Assert.Equal([new QueueGap(13, 13, Now.AddMinutes(20))], later.Ranges);
        Assert.Equal(12, later.SafePosition(14));
    }

    [Fact]
    public void Gaps_read_back_from_the_index_commit_as_they_were_written()
    {
        var gaps = QueueGaps.None.Missing(0, [3, 9], Now);

        Assert.Equal(gaps.Ranges, QueueGaps.Parse(gaps.Format()).Ranges);
        Assert.True(QueueGaps.Parse(null).IsEmpty);
        Assert.True(QueueGaps.Parse("not gaps;5-3@0").IsEmpty);
    }

    [Fact]
    public void The_query_of_many_gaps_finds_exactly_their_ids()
    {
        // Every other id missing: 1,500 gaps, more than SQLite would take chained one inside the other.
        var gaps = QueueGaps.None.Missing(0, Enumerable.Range(1, 1500).Select(i => 2L * i), Now);
        var tasks = Enumerable.Range(1, 3000).Select(i => new IndexingTask { Id = i, ContentId = "x", Culture = "en" });

        var found = tasks.AsQueryable().Where(gaps.Contains()).Select(t => t.Id).ToList();

        Assert.Equal(Enumerable.Range(0, 1500).Select(i => 2L * i + 1), found);
    }
}
