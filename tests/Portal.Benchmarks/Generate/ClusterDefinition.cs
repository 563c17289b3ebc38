namespace Portal.Benchmarks.Generate;

/// <summary>One of the seven real clusters of <c>content/clusters</c>, which every generated set writes itself.</summary>
public sealed record ClusterDefinition(string Id, string Title, string ChineseTitle, int Order)
{
    public static readonly IReadOnlyList<ClusterDefinition> All =
    [
        new("covid-19-public-health", "COVID-19 Response and Public Health", "新冠肺炎疫情应对与公共卫生", 1),
        new("disaster-risk-reduction", "Disaster Risk Reduction and Mitigation in Resilient Cities", "韧性城市中的减少灾害风险与减灾", 2),
        new("sustainable-tourism-heritage", "Sustainable Tourism, Heritage Protection and Creative Economy", "可持续旅游、遗产保护与创意经济", 3),
        new("sustainable-agriculture", "Sustainable Agriculture Value Chain Development", "可持续农业价值链发展", 4),
        new("e-commerce-smart-cities", "E-Commerce, Digitization and Smart Cities", "电子商务、数字化与智慧城市", 5),
        new("sustainable-transport-air-quality", "Sustainable Transport and Air Quality", "可持续交通与空气质量", 6),
        new("waste-green-cities-energy", "Waste Management, Green Cities and Renewable Energy", "废物管理、绿色城市与可再生能源", 7),
    ];
}
