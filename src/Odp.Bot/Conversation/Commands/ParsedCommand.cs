namespace Odp.Bot.Conversation.Commands;

/// <summary>A command that matched its spec: positional arguments and options (names without dashes).</summary>
public sealed record ParsedCommand(CommandSpec Spec, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Options)
{
    public string Name => Spec.Name;

    public string Argument(int index) => Arguments[index];

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;
}
