using Portal.Search.Indexing;

namespace Portal.Tests.Search;

public sealed class CultureScriptsTests
{
    private static readonly string[] Cultures = ["en", "zh", "ar", "fr", "es", "ru"];

    [Theory]
    [InlineData("en", "Ningbo", true)]
    [InlineData("es", "inundación", true)]
    [InlineData("zh", "Ningbo", false)]
    [InlineData("ar", "Ningbo", false)]
    [InlineData("zh", "宁波", true)]
    [InlineData("en", "宁波", false)]
    [InlineData("ar", "طرابلس", true)]
    [InlineData("ru", "Москва", true)]
    [InlineData("fr", "Москва", false)]
    [InlineData("zh", "COVID-19疫情", true)]
    [InlineData("en", "COVID-19疫情", true)]
    public void A_word_is_looked_for_in_the_cultures_whose_script_it_is_written_in(string culture, string word, bool looked)
    {
        Assert.Equal(looked, CultureScripts.CanWrite(culture, word));
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("Αθήνα")]
    public void A_word_without_letters_of_our_scripts_is_looked_for_in_every_culture(string word)
    {
        Assert.All(Cultures, culture => Assert.True(CultureScripts.CanWrite(culture, word)));
    }
}
