using System.Net;
using System.Text.Json.Nodes;

namespace Odp.Bot.Tests.Hosting;

/// <summary>One answer of <c>/healthz/ready</c>, read: its status code and each check's readiness and detail.</summary>
internal sealed record ReadinessBody(HttpStatusCode Status, string Text, JsonObject Json)
{
    public static async Task<ReadinessBody> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz/ready");
        var text = await response.Content.ReadAsStringAsync();
        return new ReadinessBody(response.StatusCode, text, JsonNode.Parse(text)!.AsObject());
    }

    public IReadOnlyList<string> Names => [.. Json["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())];

    public IReadOnlyList<string> NotReady =>
        [.. Json["checks"]!.AsArray().Where(c => !c!["ready"]!.GetValue<bool>()).Select(c => c!["name"]!.GetValue<string>())];

    public string Detail(string check) =>
        Json["checks"]!.AsArray().First(c => c!["name"]!.GetValue<string>() == check)!["detail"]!.GetValue<string>();
}
