using Microsoft.Extensions.Options;
using System.Collections.Frozen;
using Odp.Bot.Platforms.Http;

namespace Odp.Bot.Platforms.Slack;

/// <summary>
/// <c>POST /slack/commands</c> (slash commands), <c>/slack/interactivity</c> (button presses, form field
/// <c>payload</c>) and <c>/slack/events</c> (<c>url_verification</c>), all behind Slack's request signature.
/// Malformed input is a 400 with a reason; application errors are 200 with an ephemeral message.
/// </summary>
public static class SlackEndpoints
{
    /// <summary>Maps the endpoints when the HTTP transport is on (Socket Mode alone needs none).</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<IOptions<SlackOptions>>()?.Value.HttpEnabled != true) return app;
        // Slash commands are the hot path (every search): a plain request delegate with its services resolved once,
        // checking the same signature as the filter on the other endpoints.
        var signature = app.ServiceProvider.GetRequiredService<SlackSignatureFilter>();
        var inbound = app.ServiceProvider.GetRequiredService<SlackInbound>();
        app.MapPost("/slack/commands", async context =>
        {
            var result = await signature.VerifyAsync(context) ?? await CommandAsync(context, inbound, context.RequestAborted);
            await result.ExecuteAsync(context);
        });
        var slack = app.MapGroup("/slack").AddEndpointFilter<SlackSignatureFilter>();
        slack.MapPost("/interactivity", Interactivity);
        slack.MapPost("/events", Events);
        return app;
    }

    private static async Task<IResult> CommandAsync(HttpContext context, SlackInbound inbound, CancellationToken cancellationToken)
    {
        var form = ReadForm(context, SlackCommand.Fields);
        if (form is null) return BadRequest("expected an application/x-www-form-urlencoded slash command");
        if (form.ContainsKey("ssl_check")) return Results.Ok();
        var command = SlackCommand.From(name => form.TryGetValue(name, out var v) ? v : null);
        if (command is null) return BadRequest("the slash command has no user_id");
        var body = SlackBody.Of(context);
        var ack = await inbound.CommandAsync(command, () => body.Delivery, cancellationToken);
        return ack is null ? Results.Ok() : ack;
    }

    private static async Task<IResult> Interactivity(HttpContext context, SlackInbound inbound)
    {
        var form = ReadForm(context, PayloadField);
        if (form is null || !form.TryGetValue("payload", out var raw)) return BadRequest("expected a form with a payload field");
        using var payload = PlatformJson.Parse(raw);
        if (payload is null) return BadRequest("the payload field is not JSON whose every string is valid Unicode");
        var root = payload.RootElement;
        if (PlatformJson.Text(root, "type") != "block_actions" || SlackPress.IsLinkOnly(root)) return Results.Ok(); // nothing to run
        if (SlackPress.From(root) is null) return BadRequest("the block_actions payload has no user, button value or response_url");
        var ack = await inbound.InteractionAsync(root, SlackBody.Of(context).Delivery, context.RequestAborted);
        return ack is null ? Results.Ok() : Results.Json(ack.ToJson());
    }

    private static IResult Events(HttpContext context)
    {
        using var body = PlatformJson.Parse(SlackBody.Of(context).Memory);
        if (body is null) return BadRequest("the event body is not JSON whose every string is valid Unicode");
        var root = body.RootElement;
        if (PlatformJson.Text(root, "type") != "url_verification") return Results.Ok();
        return PlatformJson.Text(root, "challenge") is { } challenge
            ? Results.Json(new { challenge })
            : BadRequest("url_verification without a challenge");
    }

    private static readonly FrozenSet<string> PayloadField = FrozenSet.Create(StringComparer.Ordinal, "payload");

    private static Dictionary<string, string>? ReadForm(HttpContext context, IReadOnlySet<string> fields) =>
        context.Request.HasFormContentType ? UrlEncodedForm.Parse(SlackBody.Of(context).Span, fields) : null;

    private static IResult BadRequest(string why) => SlackSignatureFilter.Refused(StatusCodes.Status400BadRequest, why);
}
