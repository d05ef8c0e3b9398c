using System.Text.Json.Nodes;

namespace Odp.Bot.Platforms.Mattermost.Attachments;

/// <summary>
/// The signed <c>integration.context</c> of a Mattermost button: <c>{"command": …, "nonce": …, "sig": …}</c>, plus
/// <c>"input": "&lt;name&gt;"</c> when the command needs text (e.g. Deny needs a reason). See <see cref="ActionSigner"/>.
/// </summary>
public sealed record ActionContext(string Command, string Nonce, string Signature, string? Input = null)
{
    public const string CommandKey = "command";
    public const string NonceKey = "nonce";
    public const string SignatureKey = "sig";
    public const string InputKey = "input";

    public JsonObject ToJson()
    {
        var context = new JsonObject
        {
            [CommandKey] = Command,
            [NonceKey] = Nonce,
            [SignatureKey] = Signature,
        };
        if (Input is not null)
        {
            context[InputKey] = Input;
        }

        return context;
    }
}
