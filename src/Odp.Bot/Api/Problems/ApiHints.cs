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
        _ => null,
    };
}
