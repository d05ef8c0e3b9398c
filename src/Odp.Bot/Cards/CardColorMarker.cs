namespace Odp.Bot.Cards;

/// <summary>
/// Text colour shown as a symbol where a platform cannot colour text: Good/Warning/Attention lines get a ✅/⚠️/⛔
/// prefix, unless the line already starts with a symbol (e.g. the ✓/✗ of provisioning steps) or a space;
/// Accent and Default get none.
/// </summary>
internal static class CardColorMarker
{
    public static string Prefix(CardText text)
    {
        var emoji = text.Color switch
        {
            CardColor.Good => "✅ ",
            CardColor.Warning => "⚠️ ",
            CardColor.Attention => "⛔ ",
            _ => string.Empty,
        };
        var first = text.Text.Length > 0 ? text.Text[0] : ' ';
        return char.IsLetterOrDigit(first) || first == '*' ? emoji : string.Empty;
    }
}
