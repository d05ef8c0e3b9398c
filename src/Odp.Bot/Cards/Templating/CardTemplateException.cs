namespace Odp.Bot.Cards.Templating;

/// <summary>A template or one of its expressions could not be parsed or evaluated.</summary>
public sealed class CardTemplateException(string template, string? expression, string message, Exception? inner = null)
    : Exception(Format(template, expression, message), inner)
{
    public string Template { get; } = template;

    public string? Expression { get; } = expression;

    private static string Format(string template, string? expression, string message) =>
        expression is null
            ? $"Card template '{template}': {message}"
            : $"Card template '{template}', expression '{expression}': {message}";
}
