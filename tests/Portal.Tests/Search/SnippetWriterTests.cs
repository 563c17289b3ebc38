using System.Net;
using System.Text;
using Portal.Search.Querying;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>
/// Snippets as a reader sees them, through the real path (Markdown, index, search): each case is one
/// of the quality set of decision 0010.
/// </summary>
public sealed class SnippetWriterTests : IClassFixture<SnippetWriterTests.Items>
{
    private static readonly string[] LongWords = ["river", "harbour", "levee", "pump", "drainage", "wetland", "culvert", "reservoir", "embankment", "sluice"];
    private readonly SearchFixture index;

    public SnippetWriterTests(Items items) => index = items.Fixture;

    [Fact]
    public void A_heading_is_not_run_into_the_sentence_after_it()
    {
        var snippet = Snippet("heading", "parametric");

        Assert.Contains("<mark>parametric</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("insurance The", Visible(snippet), StringComparison.Ordinal);
    }

    [Fact]
    public void List_items_are_not_run_together_as_one_sentence()
    {
        var snippet = Visible(Snippet("list", "permeable"));

        Assert.DoesNotContain("roofs Permeable", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("pavements Wetlands", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_shown_apart_still_keep_the_snippet_short()
    {
        var snippet = Snippet("many-items", "gauge");

        Assert.Contains("<mark>gauge</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(Visible(snippet).Trim('…').Length, 1, SnippetWriter.Length);
    }

    [Fact]
    public void A_long_paragraph_is_cut_between_words_and_stays_short()
    {
        var snippet = Snippet("long-paragraph", "floodgate");
        var visible = Visible(snippet).Trim('…');

        Assert.Contains("<mark>floodgate</mark>", snippet, StringComparison.Ordinal);
        Assert.All(visible.Split(' '), word => Assert.Contains(word, LongWords.Append("floodgate")));
        Assert.InRange(visible.Length, 1, SnippetWriter.Length);
    }

    [Fact]
    public void A_body_without_the_words_begins_the_snippet_with_whole_words()
    {
        // The title matches; the body does not.
        var visible = Visible(Snippet("long-paragraph", "delta"));

        Assert.All(visible.Trim('…').Split(' '), word => Assert.Contains(word, LongWords));
        Assert.InRange(visible.Trim('…').Length, 1, SnippetWriter.Length);
    }

    [Fact]
    public void The_snippet_begins_at_the_sentence_that_holds_the_match()
    {
        var visible = Visible(Snippet("sentences", "levee"));

        Assert.StartsWith("The levee", visible.TrimStart('…'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chinese_snippet_begins_at_the_sentence_that_holds_the_match()
    {
        var snippet = Snippet("sentences-zh", "海绵城市", "zh");

        Assert.Contains("<mark>海绵城市</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("宁波作为国家试点", Visible(snippet).TrimStart('…'), StringComparison.Ordinal);
        Assert.InRange(Visible(snippet).Trim('…').Length, 1, SnippetWriter.Length);
    }

    [Fact]
    public void A_chinese_snippet_marks_the_words_of_a_query_typed_without_spaces()
    {
        var snippet = Snippet("sentences-zh", "宁波海绵城市", "zh");

        Assert.Contains("<mark>海绵城市</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>宁波</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_snippet_begins_at_the_sentence_that_holds_the_match_and_marks_the_word_with_diacritics()
    {
        var snippet = Snippet("sentences-ar", "الفيضانات", "ar");

        Assert.Contains("<mark>الفَيَضانات</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("وفي عام", Visible(snippet).TrimStart('…'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_never_splits_a_character_written_with_two_code_units()
    {
        var snippet = System.Net.WebUtility.HtmlDecode(Snippet("supplementary-zh", "海绵城市", "zh"));

        Assert.Contains("𠀀水<mark>海绵城市</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.EnumerateRunes().All(rune => rune != Rune.ReplacementChar), snippet);
        Assert.All(snippet.Select((c, i) => (c, i)).Where(x => char.IsLowSurrogate(x.c)), x => Assert.True(x.i > 0 && char.IsHighSurrogate(snippet[x.i - 1])));
        Assert.All(snippet.Select((c, i) => (c, i)).Where(x => char.IsHighSurrogate(x.c)), x => Assert.True(x.i + 1 < snippet.Length && char.IsLowSurrogate(snippet[x.i + 1])));
    }

    [Theory]
    [InlineData("stems-es", "es", "inundación", "<mark>inundaciones</mark>")]
    [InlineData("stems-ru", "ru", "наводнение", "<mark>наводнения</mark>")]
    public void A_snippet_marks_other_forms_of_the_word(string id, string culture, string query, string marked)
    {
        Assert.Contains(marked, Snippet(id, query, culture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_snippet_is_the_first_passage_that_holds_every_word()
    {
        var snippet = Visible(Snippet("first-passage", "levee pump"));

        Assert.Contains("The old levee and its pump held in 2013.", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("a spare pump", snippet, StringComparison.Ordinal);
    }

    private string Snippet(string id, string query, string culture = "en") =>
        index.Search(query, culture).Hits.Single(h => h.Id == id).Snippet;

    private static string Visible(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));

    /// <summary>The quality set's bodies, each written to show one way a snippet can go wrong.</summary>
    public sealed class Items : IDisposable
    {
        public Items(SeedsFixture seeds)
        {
            Fixture = new SearchFixture(seeds.Taxonomy);
            Fixture.Add("heading", "Risk transfer", """
                ## Catastrophe insurance

                The city bought parametric cover in 2014, paid out after each typhoon.
                """);
            Fixture.Add("list", "Sponge measures", """
                The district combined three measures:

                - Green roofs
                - Permeable pavements
                - Wetlands
                """);
            Fixture.Add("many-items", "Instruments", string.Join('\n', Enumerable.Range(1, 40).Select(i => i == 3 ? "- rain gauge" : $"- sensor {i}")));
            // Han beyond the first plane (extension B), two code units each, up to the match and after it.
            Fixture.Add("supplementary-zh", "罕用字", string.Concat(Enumerable.Repeat("𠀀", 150)) + "水海绵城市" + string.Concat(Enumerable.Repeat("𠀀", 150)), culture: "zh");
            var random = new Random(7);
            var words = Enumerable.Range(0, 160).Select(_ => LongWords[random.Next(LongWords.Length)]).ToList();
            words.Insert(90, "floodgate");
            Fixture.Add("long-paragraph", "Gates of the delta", string.Join(' ', words));
            Fixture.Add("sentences", "Coastal works", "Over three decades the municipality rebuilt its waterfront, moved two markets inland, planted mangroves along the estuary and trained wardens in every ward of the old town. The levee now protects the harbour from storm surges.");
            Fixture.Add("sentences-zh", "沿海城市", "过去三十年里，这座城市重建了滨水区，把两个市场迁往内陆，沿河口种植了红树林，并在老城区的每个街道培训了防灾志愿者和社区网格员，还修订了应急预案，建立了覆盖全市的预警广播系统，改造了老旧小区的排水管网，在学校和医院开展了年度疏散演练，与周边县市签订了互助协议，设立了专门的韧性基金，并邀请高校专家对每一项工程进行独立评估，定期向市民公开评估结果和资金使用情况，接受社会监督。宁波作为国家试点推进海绵城市建设，雨水得以就地消纳。", culture: "zh");
            Fixture.Add("sentences-ar", "المدن الساحلية", "على مدى ثلاثة عقود أعادت البلدية بناء واجهتها البحرية ونقلت سوقين إلى الداخل وزرعت أشجار المانغروف على طول المصب ودربت متطوعين في كل حي من أحياء المدينة القديمة وأنشأت نظاما للإنذار المبكر يغطي الأحياء الساحلية وأصلحت شبكات الصرف في المباني القديمة. وفي عام ٢٠١٤ أغرقت الفَيَضانات الميناء مرة أخرى.", culture: "ar");
            Fixture.Add("first-passage", "Two passages", "A levee was planned for years. " + string.Concat(Enumerable.Repeat("The district met its neighbours in workshops. ", 8))
                + "The old levee and its pump held in 2013. " + string.Concat(Enumerable.Repeat("Wardens were trained in every ward. ", 8))
                + "A new levee, a second levee, a pump and a spare pump followed.");
            Fixture.Add("stems-es", "Ríos", "Las inundaciones de 2013 fueron las peores del siglo.", culture: "es");
            Fixture.Add("stems-ru", "Реки", "После наводнения 2013 года город построил дамбу.", culture: "ru");
        }

        public SearchFixture Fixture { get; }

        public void Dispose() => Fixture.Dispose();
    }
}
