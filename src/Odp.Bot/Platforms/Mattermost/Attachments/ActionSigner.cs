using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Mattermost.Attachments;

/// <summary>
/// Signs and checks button contexts. Mattermost does not sign action callbacks, but it never shows a button's
/// context to clients, so a context the bot signed proves the press comes from a button the bot posted.
/// <para>sig = lowercase hex HMAC-SHA256(key = UTF-8 secret, message = <c>command + "\n" + nonce</c>), with
/// <c>+ "\n" + input</c> appended when the button needs an input. The command (e.g. <c>/odp approve ODP-1</c>)
/// holds both the action and the ticket id, so both are covered. The nonce is 16 random bytes as hex (the
/// <paramref name="nonceSource"/> can be fixed for deterministic tests). Verification recomputes the HMAC and
/// compares with <see cref="CryptographicOperations.FixedTimeEquals"/>; a missing or altered command, nonce,
/// input or sig fails. A signature does not expire: whether the presser may run the command is checked when it runs.</para>
/// </summary>
public sealed class ActionSigner(string secret, Func<byte[]>? nonceSource = null)
{
    public const int NonceBytes = 16;

    private readonly byte[] _key = string.IsNullOrEmpty(secret)
        ? throw new ArgumentException("The action secret must not be empty.", nameof(secret))
        : Encoding.UTF8.GetBytes(secret);

    private readonly Func<byte[]> _nonceSource = nonceSource ?? (() => RandomNumberGenerator.GetBytes(NonceBytes));

    public ActionContext Sign(string command, string? input = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        var nonce = _nonceSource();
        if (nonce.Length == 0)
        {
            throw new InvalidOperationException("The nonce source returned no bytes.");
        }

        var nonceHex = Convert.ToHexStringLower(nonce);
        return new ActionContext(command, nonceHex, Convert.ToHexStringLower(Mac(command, nonceHex, input)), input);
    }

    /// <summary>True, with the command to run, when the context was signed with this secret and is unaltered.</summary>
    public bool Verify(JsonObject? context, [NotNullWhen(true)] out string? command)
    {
        command = TryVerify(context, out var verified) ? verified.Command : null;
        return command is not null;
    }

    /// <summary>As <see cref="Verify(JsonObject?, out string?)"/>, for the context of a parsed callback body.</summary>
    public bool Verify(JsonElement context, [NotNullWhen(true)] out string? command)
    {
        var node = context.ValueKind == JsonValueKind.Object ? JsonObject.Create(context) : null;
        return Verify(node, out command);
    }

    /// <summary>True, with the whole verified context (command and input), when the signature checks out.</summary>
    public bool TryVerify(JsonObject? context, [NotNullWhen(true)] out ActionContext? verified)
    {
        verified = null;
        if (context is null
            || Text(context, ActionContext.CommandKey) is not { Length: > 0 } command
            || Text(context, ActionContext.NonceKey) is not { Length: > 0 } nonce
            || Text(context, ActionContext.SignatureKey) is not { Length: > 0 } sig)
        {
            return false;
        }

        var input = Text(context, ActionContext.InputKey);
        if (input is null && context[ActionContext.InputKey] is not null)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(sig);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(Mac(command, nonce, input), given))
        {
            return false;
        }

        verified = new ActionContext(command, nonce, sig, input);
        return true;
    }

    private byte[] Mac(string command, string nonce, string? input)
    {
        var message = input is null ? $"{command}\n{nonce}" : $"{command}\n{nonce}\n{input}";
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(message));
    }

    private static string? Text(JsonObject context, string name) =>
        context[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
