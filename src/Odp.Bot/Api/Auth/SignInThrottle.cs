using Microsoft.Extensions.Options;
using Odp.Engine.Access;

namespace Odp.Bot.Api.Auth;

/// <summary>Limits sign-in attempts per username and per client IP; an attempt counts against both.</summary>
public sealed class SignInThrottle
{
    private readonly FixedWindowCounter perUsername;
    private readonly FixedWindowCounter perClientIp;
    private readonly Lock gate = new();

    public SignInThrottle(IOptions<AuthOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        var window = DurationText.Parse(settings.AttemptWindow);
        perUsername = new FixedWindowCounter(settings.AttemptsPerUsername, window, time);
        perClientIp = new FixedWindowCounter(settings.AttemptsPerClientIp, window, time);
    }

    /// <summary>Counts an attempt and returns null, or returns how long to wait when either limit is used up.</summary>
    public TimeSpan? TryAttempt(string username, string clientIp)
    {
        var user = "user:" + username.Trim().ToLowerInvariant();
        var ip = "ip:" + clientIp;
        lock (gate)
        {
            var wait = TimeSpan.FromTicks(Math.Max(perUsername.Wait(user).Ticks, perClientIp.Wait(ip).Ticks));
            if (wait > TimeSpan.Zero) return wait;
            perUsername.Take(user);
            perClientIp.Take(ip);
            return null;
        }
    }
}
