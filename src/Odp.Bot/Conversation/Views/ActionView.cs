using Odp.Bot.Cards.Templating;

namespace Odp.Bot.Conversation.Views;

/// <summary>A button in a card's data: the command it runs and, optionally, the text the user must add.</summary>
public sealed record ActionView(string Title, string Command, string Style = "default", string? Input = null)
{
    /// <summary>The button as card data: each property under its camelCase name.</summary>
    public TemplateObject ToTemplate() => new(("title", Title), ("command", Command), ("style", Style), ("input", Input));
}
