using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Odp.Bot.Api.Auth;
using Odp.Bot.Api.Json;
using Odp.Engine.Access;
using Odp.Engine.Access.Deciding;
using Odp.Engine.Access.Ending;
using Odp.Engine.Access.Queries;
using Odp.Engine.Access.Requesting;
using Odp.Engine.Errors;

namespace Odp.Bot.Api.Requests;

/// <summary>Access requests: the same use cases and rules as chat's request, status, mine, pending, approve, deny, cancel and revoke.</summary>
public static class RequestEndpoints
{
    public const string Path = "/api/v1/requests";

    public static RouteGroupBuilder MapRequests(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/requests").WithTags("Requests");
        group.MapPost("/", CreateAsync).Accepts<NewRequest>("application/json").WithName("CreateRequest").WithSummary("Ask for access to a dataset")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("ListRequests")
            .WithSummary("The caller's requests (mine=true, the default) or those waiting for their decision (pending=true)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetAsync).WithName("GetRequest").WithSummary("One request with its events, for its requester or the owners")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/approve", ApproveAsync).WithName("ApproveRequest").WithSummary("Approve as an owner of the dataset")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/deny", DenyAsync).Accepts<DenyRequest>("application/json").WithName("DenyRequest").WithSummary("Deny as an owner of the dataset, saying why")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/cancel", CancelAsync).WithName("CancelRequest").WithSummary("Cancel your own pending request")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/revoke", RevokeAsync).Accepts<RevokeRequest>("application/json").WithName("RevokeRequest")
            .WithSummary("Give access up as the requester, or take it away as an owner; the body's reason is optional")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Created<TicketResource>, Ok<TicketResource>>> CreateAsync(
        HttpRequest http, ClaimsPrincipal caller, RequestAccess requests, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<NewRequest>(http, cancellationToken)
            ?? throw new InvalidRequestException("Send {\"dataset\": …, \"reason\": …} as JSON.");
        if (string.IsNullOrWhiteSpace(body.Dataset)) throw new InvalidRequestException("dataset is required, like lake.sales.orders.");
        var access = AccessLevels.Parse(body.Access, "access");
        var outcome = await requests.ExecuteAsync(
            new AccessRequest(caller.UserId(), body.Dataset.Trim(), body.Reason ?? "", NullIfBlank(body.Duration), access, NullIfBlank(body.Workspace), NullIfBlank(body.Team)),
            cancellationToken);
        var ticket = TicketResource.Of(outcome.Ticket);
        return outcome.Existing ? TypedResults.Ok(ticket) : TypedResults.Created($"{Path}/{ticket.Id}", ticket);
    }

    private static async Task<IReadOnlyList<TicketResource>> ListAsync(
        ClaimsPrincipal caller, TicketQueries queries, bool? mine, bool? pending, CancellationToken cancellationToken)
    {
        if (mine == true && pending == true) throw new InvalidRequestException("Ask for mine=true or pending=true, not both.");
        var tickets = pending == true
            ? await queries.PendingAsync(caller.UserId(), cancellationToken)
            : await queries.MineAsync(caller.UserId(), cancellationToken);
        return [.. tickets.Select(TicketResource.Of)];
    }

    private static async Task<TicketResource> GetAsync(string id, ClaimsPrincipal caller, TicketQueries queries, CancellationToken cancellationToken) =>
        TicketResource.Of(await queries.StatusAsync(id, caller.UserId(), cancellationToken));

    private static async Task<TicketResource> ApproveAsync(string id, ClaimsPrincipal caller, DecideAccess decisions, CancellationToken cancellationToken) =>
        TicketResource.Of(await decisions.ApproveAsync(id, caller.UserId(), cancellationToken));

    private static async Task<TicketResource> DenyAsync(
        string id, HttpRequest http, ClaimsPrincipal caller, DecideAccess decisions, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<DenyRequest>(http, cancellationToken);
        return TicketResource.Of(await decisions.DenyAsync(id, caller.UserId(), body?.Reason ?? "", cancellationToken));
    }

    private static async Task<TicketResource> CancelAsync(string id, ClaimsPrincipal caller, EndAccess endings, CancellationToken cancellationToken) =>
        TicketResource.Of(await endings.CancelAsync(id, caller.UserId(), cancellationToken));

    private static async Task<TicketResource> RevokeAsync(
        string id, HttpRequest http, ClaimsPrincipal caller, EndAccess endings, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RevokeRequest>(http, cancellationToken);
        return TicketResource.Of(await endings.RevokeAsync(id, caller.UserId(), NullIfBlank(body?.Reason), cancellationToken));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
