using Odp.Engine.Errors;

namespace Odp.Bot.Conversation;

/// <summary>The engine's <see cref="ErrorHint"/>s in chat's words: the command that does the next step.</summary>
public static class ChatHints
{
    public static string? Say(ErrorHint? hint) => hint switch
    {
        RequestAccessHint h => $"To ask its owners for access: /odp request {h.Dataset} --reason \"…\"",
        TicketStatusHint h => $"/odp status {h.TicketId} shows where it stands.",
        RetryTicketHint h => $"/odp retry {h.TicketId} resumes it.",
        FindAndRequestHint h => $"Find a dataset with /odp search WORDS, then ask for it with /odp request DATASET --reason \"why\" --workspace {h.Workspace}.",
        _ => null,
    };
}
