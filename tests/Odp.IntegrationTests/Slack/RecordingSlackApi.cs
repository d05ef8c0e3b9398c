using System.Collections.Concurrent;
using Odp.Bot.Platforms.Slack.Api;

namespace Odp.IntegrationTests.Slack;

/// <summary>
/// Slack's Web API as several replicas share it: users by id and email, direct conversations, posted messages, and
/// every <c>response_url</c> answer recorded (thread-safe), whichever replica sent it. Socket Mode is not offered.
/// </summary>
public sealed class RecordingSlackApi : ISlackApi
{
    private static readonly SlackUser[] People =
    [
        new("U0ALICE", "alice", "alice@example.com"),
        new("U0BOB", "bob", "bob@example.com"),
        new("U0JUDY", "judy", "judy@example.com"),
        new("U0CAROL", "carol", "carol@example.com"),
    ];

    private readonly ConcurrentQueue<(Uri Url, SlackResponse Response)> responses = new();
    private int messages;

    /// <summary>The answers sent to <paramref name="responseUrl"/>, in order.</summary>
    public IReadOnlyList<SlackResponse> ResponsesTo(Uri responseUrl) => responses.Where(r => r.Url == responseUrl).Select(r => r.Response).ToList();

    public Task<SlackPosted> PostMessageAsync(string channel, SlackMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(new SlackPosted(channel, $"1700000000.{Interlocked.Increment(ref messages):D6}"));

    public Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PostEphemeralAsync(string channel, string user, SlackMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken) => Task.FromResult("D" + userId);

    public Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        People.FirstOrDefault(p => p.Id == userId) is { } user ? Task.FromResult(user) : Task.FromException<SlackUser>(new SlackApiException(SlackMethods.UsersInfo, "user_not_found"));

    public Task<SlackUser?> LookupUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(People.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)));

    public Task RespondAsync(Uri responseUrl, SlackResponse response, CancellationToken cancellationToken)
    {
        responses.Enqueue((responseUrl, response));
        return Task.CompletedTask;
    }

    public Task<string> AuthTestAsync(CancellationToken cancellationToken) => Task.FromResult("U0ODPBOT");

    public Task<Uri> OpenSocketConnectionAsync(CancellationToken cancellationToken) =>
        Task.FromException<Uri>(new NotSupportedException("These replicas take Slack's requests over HTTP only."));
}
