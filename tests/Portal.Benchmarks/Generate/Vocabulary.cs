namespace Portal.Benchmarks.Generate;

/// <summary>English words about cities, disasters, resilience, health, transport and waste, so that generated text searches like the real thing.</summary>
public static class Vocabulary
{
    public static readonly string[] Adjectives =
    [
        "flood-prone", "low-income", "coastal", "informal", "green", "resilient", "low-carbon", "community-based",
        "municipal", "public", "integrated", "climate-smart", "decentralised", "affordable", "shared", "new",
        "upgraded", "digital", "district-level", "nature-based", "emergency", "regional",
    ];

    public static readonly string[] Nouns =
    [
        "drainage channels", "early warning systems", "evacuation routes", "bus rapid transit lines", "cycling lanes",
        "health clinics", "wetlands", "retention ponds", "waste collection points", "composting facilities",
        "recycling centres", "shelters", "sea walls", "mangrove belts", "heat action plans", "air quality sensors",
        "vaccination sites", "markets", "heritage sites", "irrigation canals", "solar mini-grids", "street trees",
        "risk maps", "building codes", "insurance schemes", "emergency stockpiles", "data platforms", "landfills",
        "wastewater plants", "water supply networks", "school buildings", "hospitals", "bridges", "pedestrian streets",
        "electric bus fleets", "cold chains", "farmers' cooperatives", "tourism routes", "e-commerce platforms",
        "sponge-city parks", "contingency plans", "volunteer networks", "surveillance systems", "flood barriers",
    ];

    public static readonly string[] Subjects =
    [
        "The city", "The municipal government", "Local authorities", "The emergency management bureau",
        "Community volunteers", "The water utility", "The transport department", "Health workers",
        "District officials", "Residents", "The national disaster agency", "Partner cities", "Small businesses",
        "The waste management company", "Researchers", "The city council", "The planning department",
        "Women's groups", "The provincial government", "Youth organisations", "The port authority",
    ];

    public static readonly string[] Verbs =
    [
        "mapped", "upgraded", "expanded", "piloted", "financed", "assessed", "monitored", "strengthened",
        "redesigned", "coordinated", "trained staff on", "invested in", "documented", "scaled up", "evaluated",
        "restored", "built", "replaced", "connected", "protected", "digitised", "inspected", "retrofitted",
    ];

    public static readonly string[] Openers =
    [
        "", "", "", "In {year}, ", "Since {year}, ", "After the {hazard} of {year}, ", "With national support, ",
        "Within two years, ", "As a first step, ", "Building on earlier work, ", "During the pandemic, ",
    ];

    public static readonly string[] Tails =
    [
        "", "", " in {n} districts", " after the {year} floods", " with support from national agencies",
        " to reduce exposure to {hazard}", " before the monsoon season", " during the pandemic",
        " across the metropolitan area", " for more than {n} households", " at a cost of about {n} million dollars",
        " within {n} months", " together with neighbouring towns", " using open data", " in {place}",
        " so that {n} schools could stay open", " with help from the private sector",
    ];

    public static readonly string[] Headings =
    [
        "Challenge", "What was done", "Results", "Lessons", "How to replicate", "Background", "Partners",
        "Funding", "Next steps", "Programme", "Who took part", "Outcome", "Context", "Costs and financing",
        "Risks and safeguards", "Data and monitoring",
    ];

    public static readonly string[] Topics =
    [
        "flood early warning", "urban heat", "community health resilience", "bus rapid transit planning",
        "solid waste management", "the circular economy", "sustainable tourism", "heritage protection",
        "digital public services", "e-commerce for small farmers", "risk-informed planning", "disaster risk financing",
        "nature-based solutions", "clean air action plans", "renewable energy for cities", "post-disaster recovery",
        "pandemic preparedness", "sponge-city design", "landslide monitoring", "drought-resilient water supply",
        "cyclone shelters", "safe schools", "informal settlement upgrading", "electric mobility", "cycling networks",
        "food value chains", "waste sorting", "landfill gas capture", "wastewater reuse", "green buildings",
        "earthquake retrofitting", "coastal protection", "mangrove restoration", "catastrophe insurance",
        "emergency operations centres", "the Ten Essentials scorecard", "city-to-city cooperation", "smart city data",
    ];

    public static readonly string[] CaseStudyActions =
    [
        "scaling up", "piloting", "financing", "rethinking", "mapping", "building", "protecting", "improving",
        "learning from", "planning for", "measuring", "opening up",
    ];

    public static readonly string[] NewsVerbs =
    [
        "launches", "completes", "expands", "joins a network on", "signs an agreement on", "hosts a dialogue on",
        "reports progress on", "publishes a plan for", "wins an award for", "opens a centre for",
    ];

    public static readonly string[] EventKinds =
    [
        "Webinar", "Workshop", "Training", "Forum", "Conference", "Peer-learning exchange", "Study visit", "Roundtable",
    ];

    public static readonly string[] Tags =
    [
        "sponge city", "early warning", "flood risk", "heatwave", "public health", "vaccination", "bus rapid transit",
        "air quality", "waste sorting", "recycling", "circular economy", "renewable energy", "solar", "urban planning",
        "informal settlements", "community resilience", "insurance", "ten essentials", "south-south cooperation",
        "capacity building", "heritage", "tourism", "e-commerce", "digital platforms", "agriculture value chain",
        "food security", "mangroves", "nature-based solutions", "landslides", "drought", "cyclone", "earthquake",
        "evacuation", "emergency management", "climate adaptation", "green buildings", "electric buses", "cycling",
        "walkability", "composting", "landfill", "wastewater", "drinking water", "smart city", "open data",
    ];

    public static readonly string[] OrganizationDomains =
    [
        "Urban Resilience", "Public Health", "Sustainable Transport", "Disaster Risk Reduction", "Clean Energy",
        "Waste and Resources", "Heritage and Tourism", "Digital Cities", "Climate Adaptation", "Water Security",
        "Food Systems", "Housing and Habitat",
    ];

    public static readonly string[] OrganizationForms =
    [
        "Centre for {domain}", "{place} Institute of {domain}", "Network for {domain}", "{country} Agency for {domain}",
        "{domain} Foundation", "{domain} Alliance of {country}", "{place} {domain} Office", "Global {domain} Partnership",
    ];

    public static readonly string[] Venues =
    [
        "City Hall", "Convention Centre", "University Campus", "Municipal Training Centre", "Civic Centre",
        "Emergency Operations Centre", "Public Library", "Chamber of Commerce",
    ];

    public static readonly string[] Funders =
    [
        "the municipal budget", "a national grant", "a development bank loan", "a green bond", "the UN South-South fund",
        "a public-private partnership", "a climate adaptation fund", "community contributions",
    ];

    public static readonly string[] TimeZones =
    [
        "Asia/Shanghai", "Africa/Nairobi", "America/Sao_Paulo", "Asia/Beirut", "Europe/Zurich", "Asia/Bangkok",
        "America/Mexico_City", "Africa/Lagos", "Asia/Kolkata", "Asia/Jakarta", "Africa/Cairo", "America/Lima",
    ];

    /// <summary>Cities of the Global South with their ISO 3166-1 codes; names beyond these are made of <see cref="Syllables"/>.</summary>
    public static readonly (string Name, string Country)[] Cities =
    [
        ("Lagos", "NG"), ("Nairobi", "KE"), ("Accra", "GH"), ("Dakar", "SN"), ("Addis Ababa", "ET"), ("Kampala", "UG"),
        ("Dar es Salaam", "TZ"), ("Maputo", "MZ"), ("Kigali", "RW"), ("Lusaka", "ZM"), ("Harare", "ZW"), ("Durban", "ZA"),
        ("Cape Town", "ZA"), ("Casablanca", "MA"), ("Tunis", "TN"), ("Alexandria", "EG"), ("Cairo", "EG"), ("Khartoum", "SD"),
        ("Abidjan", "CI"), ("Douala", "CM"), ("Kinshasa", "CD"), ("Luanda", "AO"), ("Antananarivo", "MG"), ("Bamako", "ML"),
        ("Niamey", "NE"), ("Freetown", "SL"), ("Monrovia", "LR"), ("Mombasa", "KE"), ("Kumasi", "GH"), ("Tripoli", "LB"),
        ("Beirut", "LB"), ("Amman", "JO"), ("Baghdad", "IQ"), ("Tehran", "IR"), ("Karachi", "PK"), ("Lahore", "PK"),
        ("Dhaka", "BD"), ("Chittagong", "BD"), ("Kathmandu", "NP"), ("Colombo", "LK"), ("Mumbai", "IN"), ("Chennai", "IN"),
        ("Pune", "IN"), ("Surat", "IN"), ("Bangkok", "TH"), ("Chiang Mai", "TH"), ("Hanoi", "VN"), ("Da Nang", "VN"),
        ("Can Tho", "VN"), ("Phnom Penh", "KH"), ("Vientiane", "LA"), ("Yangon", "MM"), ("Jakarta", "ID"), ("Semarang", "ID"),
        ("Surabaya", "ID"), ("Manila", "PH"), ("Cebu", "PH"), ("Kuala Lumpur", "MY"), ("Ulaanbaatar", "MN"), ("Almaty", "KZ"),
        ("Tashkent", "UZ"), ("Bishkek", "KG"), ("Ningbo", "CN"), ("Shenzhen", "CN"), ("Chengdu", "CN"), ("Zhuhai", "CN"),
        ("Chongqing", "CN"), ("Wuhan", "CN"), ("Xiamen", "CN"), ("Kunming", "CN"), ("Suva", "FJ"), ("Port Moresby", "PG"),
        ("Apia", "WS"), ("Mexico City", "MX"), ("Guadalajara", "MX"), ("Bogota", "CO"), ("Medellin", "CO"), ("Quito", "EC"),
        ("Guayaquil", "EC"), ("Lima", "PE"), ("La Paz", "BO"), ("Santiago", "CL"), ("Valparaiso", "CL"), ("Buenos Aires", "AR"),
        ("Rosario", "AR"), ("Montevideo", "UY"), ("Asuncion", "PY"), ("Sao Paulo", "BR"), ("Recife", "BR"), ("Curitiba", "BR"),
        ("Porto Alegre", "BR"), ("Havana", "CU"), ("Santo Domingo", "DO"), ("Port-au-Prince", "HT"), ("Kingston", "JM"),
        ("San Salvador", "SV"), ("Tegucigalpa", "HN"), ("Managua", "NI"), ("San Jose", "CR"), ("Panama City", "PA"),
    ];

    public static readonly string[] Syllables =
    [
        "ka", "ma", "lo", "ri", "san", "ta", "bu", "na", "de", "ko", "lem", "ba", "shi", "zu", "ran", "pe", "mo", "tu",
        "ga", "li", "wan", "dho", "ne", "sa", "ra", "qi", "yo", "fa", "ha", "jin",
    ];

    public static readonly string[] Regions =
    [
        "Northern Province", "Coastal Region", "Central District", "Eastern Province", "Western Region", "Delta State",
        "Highlands", "Southern Province", "Capital Region", "River Valley",
    ];

    public static readonly string[] Roles = ["provider", "recipient", "facilitator", "funder"];

    public static readonly string[] OrganizationKinds = ["un-agency", "government", "city", "ngo", "academia", "private-sector", "network"];

    public static readonly string[] CaseStudyStatuses = ["planned", "ongoing", "completed"];

    public static readonly string[] SourcePublishers =
    [
        "UNDRR PreventionWeb", "UN-Habitat", "UNOSSC", "World Health Organization", "ICLEI", "C40 Cities",
        "World Bank", "Asian Development Bank", "African Development Bank", "UNEP",
    ];
}
