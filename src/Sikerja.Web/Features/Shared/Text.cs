namespace Sikerja.Web.Features.Shared;

/// <summary>
/// The user interface's words. Keys are the Indonesian text (the default language); <c>Text.en.resx</c> beside
/// this file holds the English.
/// </summary>
public sealed class Text;
