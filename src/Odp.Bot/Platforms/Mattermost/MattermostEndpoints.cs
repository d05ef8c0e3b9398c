using Microsoft.Extensions.Options;
using System.Text.Json;

namespace Odp.Bot.Platforms.Mattermost;

/// <summary>
/// <c>POST /mattermost/commands</c> (slash commands, trusted by their <c>Authorization: Token …</c> header or form
/// <c>token</c>) and <c>POST /mattermost/actions</c> (button presses, trusted by the signed context). Untrusted calls
/// get 401; malformed ones 400; application errors are ephemeral messages.
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
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Refused(StatusCodes.Status400BadRequest, "the slash command form is malformed");
        }
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Token ", StringComparison.OrdinalIgnoreCase) ? header["Token ".Length..].Trim() : form["token"].ToString();
        if (!tokens.IsTrusted(token)) return Refused(StatusCodes.Status401Unauthorized, "unknown command token");
        var command = MattermostSlashCommand.From(name => form.TryGetValue(name, out var v) ? v.ToString() : null);
        if (command is null) return Refused(StatusCodes.Status400BadRequest, "the slash command has no user_id");
        return Results.Json((await inbound.CommandAsync(command, cancellationToken)).ToJson());
    }

    private static async Task<IResult> ActionAsync(HttpRequest request, MattermostInbound inbound, CancellationToken cancellationToken)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return Refused(StatusCodes.Status400BadRequest, "the action body is not JSON");
        }
        using (body)
        {
            var action = MattermostAction.From(body.RootElement);
            if (action is null) return Refused(StatusCodes.Status400BadRequest, "the action has no user_id or context");
            var response = await inbound.ActionAsync(action, cancellationToken);
            return response is null
                ? Refused(StatusCodes.Status401Unauthorized, "this button's context was not signed by OpenDataPlane")
                : Results.Json(response);
        }
    }

    /// <summary>Mattermost shows <c>error.message</c> under the post; other clients see the status.</summary>
    private static IResult Refused(int status, string message) => Results.Json(new { error = new { message } }, statusCode: status);
}
