using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Odp.Engine.Access;

namespace Odp.Bot.Api.Auth;

/// <summary>
/// Limits sign-in attempts per username and per client IP; an attempt counts against both. Usernames are counted
/// trimmed and lower-cased, IPv6 clients by their /64 network (one host usually holds a whole /64).
/// Each table keeps at most <see cref="MaxEntries"/> windows and <see cref="MaxBytes"/> bytes (docs/api.md); when one is
/// full, see <see cref="FixedWindowCounter"/>.
/// </summary>
public sealed class SignInThrottle
{
    public const int MaxEntries = 10_000;
    public const long MaxBytes = 2 * 1024 * 1024;

    private readonly FixedWindowCounter perUsername;
    private readonly FixedWindowCounter perClientIp;
    private readonly Lock gate = new();

    public SignInThrottle(IOptions<AuthOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        var window = DurationText.Parse(settings.AttemptWindow);
        perUsername = new FixedWindowCounter(settings.AttemptsPerUsername, window, time, MaxEntries, MaxBytes);
        perClientIp = new FixedWindowCounter(settings.AttemptsPerClientIp, window, time, MaxEntries, MaxBytes);
    }

    /// <summary>Windows held by both tables.</summary>
    public int Entries => perUsername.Entries + perClientIp.Entries;

    /// <summary>The bytes both tables are counted as.</summary>
    public long Bytes => perUsername.Bytes + perClientIp.Bytes;

    /// <summary>Counts an attempt and returns null, or returns how long to wait when either limit is used up.</summary>
    public TimeSpan? TryAttempt(string username, IPAddress? clientIp)
    {
        var user = UsernameKey(username);
        var ip = ClientKey(clientIp);
        lock (gate)
        {
            var wait = TimeSpan.FromTicks(Math.Max(perUsername.Wait(user).Ticks, perClientIp.Wait(ip).Ticks));
            if (wait > TimeSpan.Zero) return wait;
            perUsername.Take(user);
            perClientIp.Take(ip);
            return null;
        }
    }

    /// <summary>The username as counted: trimmed and lower-cased (so <c>Alice</c> and <c>alice </c> are one name).</summary>
    public static string UsernameKey(string username) => "user:" + username.Trim().ToLowerInvariant();

    /// <summary>The client as counted: an IPv4 address (IPv4-mapped IPv6 too) as is, an IPv6 address by its /64.</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null) return "ip:unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "ip:" + address;
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return "ip:" + new IPAddress(bytes) + "/64";
    }
}
