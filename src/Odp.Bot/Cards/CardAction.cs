namespace Odp.Bot.Cards;

/// <summary>
/// A button. Submit buttons carry the exact <c>/odp</c> <see cref="Command"/> they run; when <see cref="Input"/>
/// is set the user must add <c>--{Input} "…"</c>. Link buttons carry a <see cref="Url"/> instead.
/// </summary>
public sealed record CardAction(
    string Title,
    string? Command = null,
    string? Input = null,
    string? Url = null,
    CardActionStyle Style = CardActionStyle.Default)
{
    /// <summary>The command line a user types to press this button, e.g. <c>/odp deny ODP-1 --reason "…"</c>.</summary>
    public string? CommandLine(string placeholder = "…") =>
        Command is null ? null : Input is null ? Command : $"{Command} --{Input} \"{placeholder}\"";
}
