using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Odp.IntegrationTests.Api;

/// <summary>The REST API as a client calls it: sign in for a token, then send with it. For any host's client.</summary>
internal static class ApiCalls
{
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password });

    /// <summary>Signs in, asserting it works, and answers the token.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string user, string password)
    {
        var response = await SignInAsync(client, user, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await client.SendAsync(request);
    }
}
