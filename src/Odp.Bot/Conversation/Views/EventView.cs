using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Conversation.Views;

public sealed record EventView(string At, string By, string? From, string To, string? Note)
{
    /// <summary>The event as card data: each property under its camelCase name.</summary>
    public TemplateObject ToTemplate() => new(("at", At), ("by", By), ("from", From), ("to", To), ("note", Note));
}
