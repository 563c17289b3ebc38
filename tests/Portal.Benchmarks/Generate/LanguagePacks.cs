namespace Portal.Benchmarks.Generate;

/// <summary>English, plus small phrase lists for the translations: Chinese and Arabic mostly, a little French, Spanish and Russian.</summary>
public static class LanguagePacks
{
    public static readonly LanguagePack English = new(
        "en", " ", ".", "and",
        Vocabulary.Openers,
        Vocabulary.Subjects,
        Vocabulary.Verbs,
        [.. Vocabulary.Adjectives.SelectMany(a => Vocabulary.Nouns.Select(n => $"{a} {n}"))],
        Vocabulary.Tails,
        Vocabulary.Headings,
        "{place}: {topic}",
        "Read more");

    public static readonly LanguagePack Chinese = new(
        "zh", "", "。", "和",
        ["", "", "{year}年以来，", "{year}年{hazard}之后，", "在国家支持下，", "疫情期间，"],
        ["该市", "市政府", "地方政府", "社区居民", "应急管理部门", "合作城市", "专家团队", "交通部门", "卫生部门", "志愿者"],
        ["推进了", "加强了", "开展了", "完善了", "建立了", "评估了", "提升了", "扩大了", "改造了", "试点了"],
        [
            "城市韧性", "防灾减灾工作", "海绵城市建设", "应急管理体系", "早期预警系统", "社区参与机制", "公共卫生应急能力",
            "可持续交通", "垃圾分类", "循环经济", "绿色低碳发展", "气候适应规划", "南南合作", "城市规划", "基础设施韧性",
            "洪涝风险管理", "台风防御", "公共交通网络", "空气质量监测", "文化遗产保护", "智慧城市平台", "农村电子商务",
            "农业价值链", "能力建设培训", "知识分享", "风险评估", "巨灾保险", "灾后重建", "城市更新", "生态修复",
        ],
        ["", "，取得了显著成效", "，为其他城市提供了经验", "，覆盖了{n}个街道", "，惠及{n}户家庭", "，投资约{n}亿元", "，在{place}推广"],
        ["挑战", "主要做法", "成效", "经验", "如何推广", "背景", "合作伙伴", "资金", "下一步"],
        "{place}：{topic}",
        "了解更多");

    public static readonly LanguagePack Arabic = new(
        "ar", " ", ".", "و",
        ["", "", "منذ عام {year}، ", "بعد {hazard} عام {year}، ", "بدعم وطني، "],
        ["المدينة", "السلطات المحلية", "البلدية", "المجتمع المحلي", "الشركاء", "هيئة إدارة الطوارئ", "المتطوعون"],
        ["عززت", "طورت", "نفذت", "قيّمت", "وسّعت", "حدّثت", "موّلت", "رصدت"],
        [
            "نظم الإنذار المبكر", "القدرة على الصمود", "الحد من مخاطر الكوارث", "إدارة النفايات", "النقل المستدام",
            "الصحة العامة", "البنية التحتية", "التخطيط الحضري", "التعاون بين بلدان الجنوب", "جودة الهواء",
            "الطاقة النظيفة", "المناطق الساحلية", "حماية التراث", "الاقتصاد الدائري", "شبكات المياه", "خطط الطوارئ",
        ],
        ["", " في عدة أحياء", " بدعم من الشركاء الدوليين", " خلال السنوات الأخيرة", " لأكثر من {n} أسرة", " في {place}"],
        ["التحدي", "ما تم إنجازه", "النتائج", "الدروس المستفادة", "الخلفية", "الشركاء", "الخطوات التالية"],
        "{topic} في {place}",
        "اقرأ المزيد");

    public static readonly LanguagePack French = new(
        "fr", " ", ".", "et",
        ["", "", "Depuis {year}, ", "Après les {hazard} de {year}, "],
        ["La ville", "La municipalité", "Les autorités locales", "Les habitants", "Les partenaires"],
        ["a renforcé", "a développé", "a financé", "a évalué", "a étendu", "a modernisé"],
        ["les systèmes d'alerte précoce", "la résilience urbaine", "la gestion des déchets", "les transports durables", "la santé publique", "les infrastructures", "la qualité de l'air"],
        ["", " dans {n} quartiers", " avec l'appui des partenaires", " à {place}"],
        ["Le défi", "Ce qui a été fait", "Résultats", "Enseignements", "Prochaines étapes"],
        "{place} : {topic}",
        "En savoir plus");

    public static readonly LanguagePack Spanish = new(
        "es", " ", ".", "y",
        ["", "", "Desde {year}, ", "Tras las {hazard} de {year}, "],
        ["La ciudad", "El municipio", "Las autoridades locales", "Los vecinos", "Los socios"],
        ["reforzó", "desarrolló", "financió", "evaluó", "amplió", "modernizó"],
        ["los sistemas de alerta temprana", "la resiliencia urbana", "la gestión de residuos", "el transporte sostenible", "la salud pública", "la infraestructura", "la calidad del aire"],
        ["", " en {n} barrios", " con el apoyo de los socios", " en {place}"],
        ["El desafío", "Lo que se hizo", "Resultados", "Lecciones", "Próximos pasos"],
        "{place}: {topic}",
        "Más información");

    public static readonly LanguagePack Russian = new(
        "ru", " ", ".", "и",
        ["", "", "С {year} года ", "После событий {year} года "],
        ["Город", "Муниципалитет", "Местные власти", "Жители", "Партнёры"],
        ["укрепил", "развил", "профинансировал", "оценил", "расширил", "модернизировал"],
        ["системы раннего предупреждения", "устойчивость города", "обращение с отходами", "устойчивый транспорт", "общественное здоровье", "инфраструктуру", "качество воздуха"],
        ["", " в {n} районах", " при поддержке партнёров", " в городе {place}"],
        ["Проблема", "Что было сделано", "Результаты", "Выводы", "Дальнейшие шаги"],
        "{place}: {topic}",
        "Подробнее");

    public static LanguagePack For(string culture) => culture switch
    {
        "zh" => Chinese,
        "ar" => Arabic,
        "fr" => French,
        "es" => Spanish,
        "ru" => Russian,
        _ => English,
    };
}
