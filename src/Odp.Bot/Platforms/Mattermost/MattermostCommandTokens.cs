using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// The slash command tokens the bot trusts: the configured ones (one per team) and those of commands it registered
/// itself. Compared in constant time.
/// </summary>
public sealed class MattermostCommandTokens(IOptions<MattermostOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> registered = new(StringComparer.Ordinal);

    public void Add(string token) => registered[token] = 0;

    public bool IsTrusted(string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        var given = Encoding.UTF8.GetBytes(token);
        var trusted = false;
        foreach (var known in options.Value.CommandTokens.Concat(registered.Keys).Where(k => k.Length > 0))
            trusted |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(known));
        return trusted;
    }
}
