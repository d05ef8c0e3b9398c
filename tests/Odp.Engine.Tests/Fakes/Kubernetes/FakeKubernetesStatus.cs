using System.Text.Json.Nodes;

namespace Odp.Engine.Tests.Fakes.Kubernetes;

/// <summary>The API server's <c>Status</c> objects for errors (and successful deletes).</summary>
internal static class FakeKubernetesStatus
{
    public static (int Code, JsonNode Body) Failure(int code, string message, string? plural = null, string? name = null, string? reason = null) =>
        (code, new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason ?? Reason(code),
            ["details"] = name is null ? new JsonObject() : new JsonObject { ["name"] = name, ["kind"] = plural },
            ["code"] = code,
        });

    public static (int Code, JsonNode Body) NotFound(string plural, string name) =>
        Failure(404, $"{plural} \"{name}\" not found", plural, name);

    public static (int Code, JsonNode Body) Success(string plural, string name) =>
        (200, new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Success",
            ["details"] = new JsonObject { ["name"] = name, ["kind"] = plural },
        });

    public static string Reason(int code) => code switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        422 => "Invalid",
        429 => "TooManyRequests",
        503 => "ServiceUnavailable",
        504 => "Timeout",
        _ => "InternalError",
    };
}
