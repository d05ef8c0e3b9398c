using Odp.Engine.Errors;

namespace Odp.Bot.Conversation;

/// <summary>The engine's <see cref="ErrorHint"/>s in chat's words: the command that does the next step.</summary>
public static class ChatHints
{
    public static string? Say(ErrorHint? hint) => hint switch
    {
        RequestAccessHint h => $"To ask its owners for access: /odp request {h.Dataset} --reason \"…\"",
        _ => null,
    };
}
