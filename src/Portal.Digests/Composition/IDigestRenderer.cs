namespace Portal.Digests.Composition;

/// <summary>Renders a digest's two parts; the theme's Liquid templates will come in as another implementation.</summary>
public interface IDigestRenderer
{
    (string Html, string Text) Render(DigestView view);
}
