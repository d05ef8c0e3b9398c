using System.Text.Json;

namespace Odp.Benchmarks.Servers;

/// <summary>
/// Just enough of the Slack Web API for the ack path: <c>users.info</c> says U0ALICE is alice@example.com (the demo
/// directory's alice) and U0USER01, U0USER02… are user01@example.com, user02@example.com… (the realistic
/// benchmark's directory). ODP caches the mapping, so after a user's first request nothing reaches this stub.
/// </summary>
public static class UsersInfoStub
{
    public const string User = "U0ALICE";
    private const string NumberedPrefix = Realistic.SignedRequestFile.UserPrefix;
    private const string Unknown = """{"ok":false,"error":"not_in_benchmark"}""";

    /// <summary>Starts the stub on a free loopback port; returns it and its base URL (ending in <c>/</c>).</summary>
    public static async Task<(WebApplication App, string ApiUrl)> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort.Next();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/api/{method}", async (string method, HttpRequest request) =>
        {
            string? user = request.HasFormContentType && (await request.ReadFormAsync()).TryGetValue("user", out var v) ? v.ToString() : null;
            return Results.Text(method == "users.info" && Email(user) is { } email ? Found(user!, email) : Unknown, "application/json; charset=utf-8");
        });
        await app.StartAsync();
        return (app, $"http://127.0.0.1:{port}/api/");
    }

    private static string? Email(string? user) => user switch
    {
        User => "alice@example.com",
        not null when user.Length > NumberedPrefix.Length && user.StartsWith(NumberedPrefix, StringComparison.Ordinal) && user[NumberedPrefix.Length..].All(char.IsAsciiDigit)
            => $"user{user[NumberedPrefix.Length..]}@example.com",
        _ => null,
    };

    private static string Found(string user, string email) => JsonSerializer.Serialize(new
    {
        ok = true,
        user = new { id = user, name = email.Split('@')[0], real_name = email.Split('@')[0], profile = new { email } },
    });
}
