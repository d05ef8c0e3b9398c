using Odp.Engine.Errors;

namespace Odp.Bot.Api.Problems;

/// <summary>
/// The engine's <see cref="ErrorHint"/>s in the API's words: a problem's <c>hint</c> member names the action and the
/// request that does it.
/// </summary>
public static class ApiHints
{
    public static object? Of(ErrorHint hint) => hint switch
    {
        RequestAccessHint h => new Dictionary<string, object?>
        {
            ["action"] = "request-access",
            ["dataset"] = h.Dataset,
            ["request"] = "POST /api/v1/requests",
        },
        TicketStatusHint h => new Dictionary<string, object?> { ["action"] = "ticket-status", ["ticket"] = h.TicketId, ["request"] = $"GET /api/v1/requests/{h.TicketId}" },
        RetryTicketHint h => new Dictionary<string, object?> { ["action"] = "retry", ["ticket"] = h.TicketId },
        FindAndRequestHint h => new Dictionary<string, object?>
        {
            ["action"] = "find-and-request",
            ["workspace"] = h.Workspace,
            ["request"] = "GET /api/v1/datasets?q=, then POST /api/v1/requests",
        },
        _ => null,
    };
}
