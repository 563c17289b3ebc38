using Portal.Content.Markdown;

namespace Portal.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    // ---- what editors write ----

    [Fact]
    public void ToHtml_PipeTable_RendersTable()
    {
        var html = renderer.ToHtml("""
            | City | Hazard |
            | --- | --- |
            | Ningbo | Flood |
            """);

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>City</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Ningbo</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Footnote_RendersReferenceAndNoteThatLinkToEachOther()
    {
        var html = renderer.ToHtml("""
            About 70% of Yuyao was under water.[^1]

            [^1]: ICLEI East Asia, 2019.
            """);

        Assert.Contains("href=\"#fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fnref:1\"", html, StringComparison.Ordinal);
        Assert.Contains("ICLEI East Asia, 2019.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[^1]", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("See https://www.undrr.org/ for more.", "<a href=\"https://www.undrr.org/\">https://www.undrr.org/</a>")]
    [InlineData("See www.undrr.org for more.", "<a href=\"http://www.undrr.org\">www.undrr.org</a>")]
    [InlineData("Write to <info@example.org>.", "<a href=\"mailto:info@example.org\">info@example.org</a>")]
    public void ToHtml_BareAddress_BecomesLink(string markdown, string expected)
    {
        Assert.Contains(expected, renderer.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("~~cancelled~~", "<del>cancelled</del>")]
    [InlineData("H~2~O", "H<sub>2</sub>O")]
    [InlineData("10^6^ people", "10<sup>6</sup> people")]
    [InlineData("++added++", "<ins>added</ins>")]
    [InlineData("==key point==", "<mark>key point</mark>")]
    public void ToHtml_EmphasisExtra_RendersElement(string markdown, string expected)
    {
        Assert.Contains(expected, renderer.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Who took part", "<h2 id=\"who-took-part\">Who took part</h2>")]
    [InlineData("### What was done?", "<h3 id=\"what-was-done\">What was done?</h3>")]
    [InlineData("## 背景介绍", "<h2 id=\"背景介绍\">背景介绍</h2>")]
    public void ToHtml_Heading_GetsId(string markdown, string expected)
    {
        Assert.Contains(expected, renderer.ToHtml(markdown), StringComparison.Ordinal);
    }

    // CommonMark opens `**` before punctuation only after a space or punctuation, which Chinese and
    // Japanese never write between words: 的**“十大要素”**记分卡 stayed literal.
    [Theory]
    [InlineData("联合国减少灾害风险办公室的**“打造韧性城市十大要素”**记分卡", "的<strong>“打造韧性城市十大要素”</strong>记分卡")]
    [InlineData("（UNDRR）**“十大要素”**的编号。", "）<strong>“十大要素”</strong>的编号")]
    [InlineData("宜可城的**GreenClimateCities（绿色气候城市）**方法", "的<strong>GreenClimateCities（绿色气候城市）</strong>方法")]
    [InlineData("这是*“重点”*内容", "是<em>“重点”</em>内容")]
    [InlineData("「防災」**「減災」**の違い", "<strong>「減災」</strong>の")]
    public void ToHtml_EmphasisBesideCjkPunctuation_RendersElement(string markdown, string expected)
    {
        var html = renderer.ToHtml(markdown);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("*", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2**3**4 stays as written", "2<strong>3</strong>4")]
    [InlineData("a * b * c", "a * b * c")]
    [InlineData("snake_case_name", "snake_case_name")]
    public void ToHtml_EmphasisInLatinText_FollowsCommonMark(string markdown, string expected)
    {
        Assert.Contains(expected, renderer.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_EmphasisBesideCjkPunctuation_LeavesNoAsterisks()
    {
        Assert.Equal("的“打造韧性城市十大要素”记分卡", renderer.ToPlainText("的**“打造韧性城市十大要素”**记分卡"));
    }

    [Fact]
    public void ToHtml_OrdinaryLink_IsKept()
    {
        var html = renderer.ToHtml("Read [the report](https://www.undrr.org/report \"UNDRR\").");

        Assert.Contains("<a href=\"https://www.undrr.org/report\" title=\"UNDRR\">the report</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_SiteRelativeLink_IsKept()
    {
        Assert.Contains("<a href=\"/cities/ningbo\">Ningbo</a>", renderer.ToHtml("[Ningbo](/cities/ningbo)"), StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_MailtoLink_IsKept()
    {
        Assert.Contains("<a href=\"mailto:info@example.org\">write to us</a>", renderer.ToHtml("[write to us](mailto:info@example.org)"), StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_HttpsImage_IsKept()
    {
        Assert.Contains("<img src=\"https://example.org/map.png\" alt=\"Map\">", renderer.ToHtml("![Map](https://example.org/map.png)"), StringComparison.Ordinal);
    }

    // ---- what the sanitiser removes ----

    [Fact]
    public void ToHtml_ScriptElement_IsRemoved()
    {
        var html = renderer.ToHtml("Before\n\n<script>alert('x')</script>\n\nAfter <script>alert('y')</script>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains("Before", html, StringComparison.Ordinal);
        Assert.Contains("After", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_OnErrorAttribute_IsRemovedAndImageKept()
    {
        var html = renderer.ToHtml("<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">");

        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://example.org/a.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_OnClickAttribute_IsRemovedAndLinkKept()
    {
        var html = renderer.ToHtml("<a href=\"https://example.org/\" onclick=\"steal()\">site</a>");

        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("steal", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">click</a>")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    public void ToHtml_LinkWithScriptOrDataUrl_LosesItsHref(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.Contains("click", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\">")]
    public void ToHtml_ImageWithScriptOrDataUrl_LosesItsSource(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iframe src=\"https://example.org/\"></iframe>", "<iframe")]
    [InlineData("<style>body { display: none }</style>", "<style")]
    [InlineData("<form action=\"https://example.org/login\"><input name=\"password\"><button>Go</button></form>", "<form")]
    [InlineData("<form action=\"https://example.org/login\"><input name=\"password\"><button>Go</button></form>", "<input")]
    [InlineData("<object data=\"https://example.org/x.swf\"></object>", "<object")]
    [InlineData("<embed src=\"https://example.org/x.swf\">", "<embed")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://example.org/\">", "<meta")]
    public void ToHtml_RawDangerousElement_IsRemoved(string markdown, string element)
    {
        var html = renderer.ToHtml($"Text before.\n\n{markdown}\n\nText after.");

        Assert.DoesNotContain(element, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Text before.", html, StringComparison.Ordinal);
        Assert.Contains("Text after.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p style=\"display:none\">Hidden text.</p>")]
    [InlineData("<p style=\"visibility: hidden\">Hidden text.</p>")]
    [InlineData("<p style=\"font-size:0\">Hidden text.</p>")]
    [InlineData("<a href=\"https://example.org/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999\">Hidden text.</a>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">Hidden text.</p>")]
    [InlineData("<p style=\"text-align:center; display:none\">Hidden text.</p>")]
    public void ToHtml_StyleAttribute_CannotHideContent(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.Contains("Hidden text.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_AlignedTableColumn_GetsAClassInsteadOfAStyle()
    {
        var html = renderer.ToHtml("| City | Population |\n| :-- | --: |\n| Ningbo | 9,618,000 |\n");

        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td class=\"align-right\">9,618,000</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"align-left\">City</th>", html, StringComparison.Ordinal);
    }

    // ---- plain text ----

    [Fact]
    public void ToPlainText_Markdown_DropsMarkupAndKeepsText()
    {
        var text = renderer.ToPlainText("""
            ## Challenge

            Typhoon **Fitow** flooded [Yuyao](/cities/yuyao) in *2013*.

            - first
            - second
            """);

        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Contains("Challenge", text, StringComparison.Ordinal);
        Assert.Contains("Typhoon Fitow flooded Yuyao in 2013.", text, StringComparison.Ordinal);
        Assert.Contains("first", text, StringComparison.Ordinal);
        Assert.Contains("second", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_RawHtml_DropsTagsAndScripts()
    {
        var text = renderer.ToPlainText("Hello <b>world</b>\n\n<script>alert(1)</script>\n");

        Assert.Equal("Hello world", text);
    }

    // ---- bodies nested too deeply ----

    public static TheoryData<string, string> TooDeep() => new()
    {
        { "100,000 '>'", new string('>', 100_000) },
        { "50,000 '[' then ']'", new string('[', 50_000) + new string(']', 50_000) },
        { "30,000 '*a '", string.Concat(Enumerable.Repeat("*a ", 30_000)) },
        { "quotes one deeper a line", string.Join('\n', Enumerable.Range(1, MarkdownDepth.Limit + 20).Select(n => new string('>', n) + " x")) },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void CheckDepth_BodyNestedTooDeeply_GivesTheLineByWhichItIs(string what, string deep)
    {
        var depth = renderer.CheckDepth($"Intro.\n\n{deep}\n\nOutro.");

        Assert.True(depth is not null, what);
        Assert.InRange(depth.Line, 3, deep.Contains('\n', StringComparison.Ordinal) ? MarkdownDepth.Limit + 3 : 3);
    }

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void ToHtml_And_ToPlainText_BodyNestedTooDeeply_ThrowTooDeepWithTheLine(string what, string deep)
    {
        var html = Assert.Throws<MarkdownTooDeepException>(() => renderer.ToHtml(deep));
        var text = Assert.Throws<MarkdownTooDeepException>(() => renderer.ToPlainText(deep));

        Assert.Equal(renderer.CheckDepth(deep), html.Depth);
        Assert.Equal(html.Depth, text.Depth);
        Assert.Contains("levels deep", html.Message, StringComparison.Ordinal);
        Assert.NotNull(what);
    }

    [Fact]
    public void CheckDepth_OrdinaryAndModeratelyNestedBodies_PassAndRender()
    {
        var nested = string.Join('\n', Enumerable.Range(1, 20).Select(n => new string('>', n) + " level")) + "\n\n" + string.Concat(Enumerable.Repeat("[", 20)) + "x" + string.Concat(Enumerable.Repeat("]", 20));
        string[] bodies = ["", "## Challenge\n\nSteep *slopes* and [links](https://example.org/).\n\n- a\n  - b\n    - c", nested];

        Assert.All(bodies, body => Assert.Null(renderer.CheckDepth(body)));
        Assert.Contains("<blockquote>", renderer.ToHtml(nested), StringComparison.Ordinal);
    }
}
