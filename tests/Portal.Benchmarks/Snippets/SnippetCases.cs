namespace Portal.Benchmarks.Snippets;

/// <summary>
/// The fixed quality set: each case a body written to show one way a snippet goes wrong (a heading
/// run into a sentence, a cut mid-word, a CJK or RTL sentence start missed, a stem not marked).
/// </summary>
public static class SnippetCases
{
    private const string LongEnglish = "The programme began with a survey of every drain in the old town, went on with a map of the streets that flood first, "
        + "trained wardens in each ward, bought pumps that run on solar power, rebuilt the culverts under the railway, moved the market stalls "
        + "away from the river bank, planted trees along the avenues where the heat is worst, opened two shelters in schools on higher ground, "
        + "agreed with the port authority on when to close the sluice, set up a fund that pays households to raise their thresholds, "
        + "published the rainfall every hour on the city's website, and asked the university to check each of these measures against the "
        + "losses of the next wet season, which it did with the help of the insurers and the water board over four years";

    private const string LongChinese = "项目从普查老城区的每一条排水沟开始，接着绘制了最先积水的街道地图，在每个社区培训了防灾志愿者，购置了太阳能水泵，"
        + "重建了铁路下方的涵洞，把市场摊位迁离河岸，在最热的街道两旁种植了行道树，在地势较高的学校开设了两个避难所，"
        + "与港口管理部门商定了关闭水闸的时机，设立了资助居民抬高门槛的基金，每小时在城市网站上公布降雨量，"
        + "并请大学在随后的雨季中对照损失逐项评估这些措施，大学在保险公司和水务局的协助下用四年时间完成了评估，"
        + "评估结果显示积水时间缩短了一半，受灾家庭的数量减少了三分之一，而维护费用比预期低了许多，"
        + "这些经验随后被推广到周边的县市，并写入了省级的城市更新导则之中";

    public static IReadOnlyList<SnippetCase> All { get; } =
    [
        new("en heading", "en", "## Catastrophe insurance\n\nNingbo bought parametric cover in 2014; it pays out after each typhoon.", "parametric cover",
            ["parametric", "cover"], Forbidden: ["insurance Ningbo"]),
        new("en list", "en", "Measures taken:\n\n- Green roofs on schools\n- Permeable pavements in markets\n- Restored wetlands", "pavements",
            ["pavements"], Forbidden: ["schools Permeable", "markets Restored"]),
        new("en long paragraph", "en", LongEnglish, "shelters", ["shelters"]),
        new("en sentence start", "en", LongEnglish + ". The levee now protects the harbour from storm surges.", "levee", ["levee"], StartsWith: "The levee"),
        new("en markup", "en", "Costs fell where 3 < 5 & 7 and budgets held steady.", "budgets", ["budgets"]),
        new("en stems", "en", "The floods of 2013 were the worst in a century.", "flooding", ["floods"]),
        new("zh sentence start", "zh", LongChinese + "。宁波作为国家试点推进海绵城市建设，雨水得以就地消纳。", "海绵城市", ["海绵城市"], StartsWith: "宁波作为"),
        new("zh query without spaces", "zh", "台风过后，宁波作为国家试点推进海绵城市建设。", "宁波如何建设海绵城市", ["宁波", "海绵城市", "建设"]),
        new("zh long paragraph", "zh", LongChinese, "避难所", ["避难所"]),
        new("ar sentence start", "ar", "على مدى ثلاثة عقود أعادت البلدية بناء واجهتها البحرية ونقلت سوقين إلى الداخل وزرعت أشجار المانغروف على طول المصب ودربت متطوعين في كل حي من أحياء المدينة القديمة وأنشأت نظاما للإنذار المبكر يغطي الأحياء الساحلية. وفي عام ٢٠١٤ أغرقت الفَيَضانات الميناء مرة أخرى.",
            "الفيضانات", ["الفَيَضانات"], StartsWith: "وفي عام"),
        new("ar heading", "ar", "## إدارة المخاطر\n\nأنشأت المدينة صندوقا للطوارئ بعد الفيضانات.", "الطوارئ", ["للطوارئ"], Forbidden: ["المخاطر أنشأت"]),
        new("es stems", "es", "Las inundaciones de 2013 fueron las peores del siglo.", "inundación", ["inundaciones"]),
        new("ru stems", "ru", "После наводнения 2013 года город построил дамбу.", "наводнение", ["наводнения"]),
        new("ru heading", "ru", "## Итоги\n\nГород построил дамбу вдоль реки.", "дамба", ["дамбу"], Forbidden: ["Итоги Город"]),
    ];
}
