using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// <c>POST /mattermost/commands</c> (slash commands, trusted by their <c>Authorization: Token …</c> header or form
/// <c>token</c>) and <c>POST /mattermost/actions</c> (button presses, trusted by the signed context). Untrusted calls
/// get 401; malformed ones 400; bodies past <see cref="RequestBody.MaxBytes"/> 413 (naming the limit); application errors
/// are ephemeral messages.
/// </summary>
public static class MattermostEndpoints
{
    public const string CommandsPath = "/mattermost/commands";
    public const string ActionsPath = "/mattermost/actions";

    /// <summary>Maps the endpoints when the adapter is on.</summary>
    public static IEndpointRouteBuilder MapMattermost(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<IOptions<MattermostOptions>>()?.Value.Enabled != true) return app;
        app.MapPost(CommandsPath, CommandAsync);
        app.MapPost(ActionsPath, ActionAsync);
        return app;
    }

    private static async Task<IResult> CommandAsync(
        HttpRequest request, MattermostCommandTokens tokens, MattermostInbound inbound, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return Refused(StatusCodes.Status400BadRequest, "expected an application/x-www-form-urlencoded slash command");
        var (body, refusal) = await ReadAsync(request, cancellationToken);
        if (refusal is not null) return refusal;
        var form = UrlEncodedForm.Parse(body, CommandFields);
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Token ", StringComparison.OrdinalIgnoreCase) ? header["Token ".Length..].Trim() : form.GetValueOrDefault("token");
        if (!tokens.IsTrusted(token)) return Refused(StatusCodes.Status401Unauthorized, "unknown command token");
        var command = MattermostSlashCommand.From(form.GetValueOrDefault);
        if (command is null) return Refused(StatusCodes.Status400BadRequest, "the slash command has no user_id");
        return Results.Json((await inbound.CommandAsync(command, cancellationToken)).ToJson());
    }

    private static async Task<IResult> ActionAsync(HttpRequest request, MattermostInbound inbound, CancellationToken cancellationToken)
    {
        var (body, refusal) = await ReadAsync(request, cancellationToken);
        if (refusal is not null) return refusal;
        using var json = PlatformJson.Parse(body);
        if (json is null) return Refused(StatusCodes.Status400BadRequest, "the action body is not JSON whose every string is valid Unicode");
        var action = MattermostAction.From(json.RootElement);
        if (action is null) return Refused(StatusCodes.Status400BadRequest, "the action has no user_id or context");
        var response = await inbound.ActionAsync(action, cancellationToken);
        return response is null
            ? Refused(StatusCodes.Status401Unauthorized, "this button's context was not signed by OpenDataPlane")
            : Results.Json(response);
    }

    /// <summary>The body, at most <see cref="RequestBody.MaxBytes"/>; otherwise a refusal that names the limit.</summary>
    private static async Task<(ArraySegment<byte> Body, IResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await RequestBody.ReadAsync(request, cancellationToken) is { } body
                ? (body, null)
                : (default, Refused(StatusCodes.Status413PayloadTooLarge, RequestBody.TooLarge(request)));
        }
        catch (EndOfStreamException)
        {
            return (default, Refused(StatusCodes.Status400BadRequest, RequestBody.CutShort));
        }
    }

    private static readonly FrozenSet<string> CommandFields = FrozenSet.Create(
        StringComparer.Ordinal, "token", "user_id", "channel_id", "team_id", "text", "response_url");

    /// <summary>Mattermost shows <c>error.message</c> under the post; other clients see the status.</summary>
    private static IResult Refused(int status, string message) => Results.Json(new { error = new { message } }, statusCode: status);
}
