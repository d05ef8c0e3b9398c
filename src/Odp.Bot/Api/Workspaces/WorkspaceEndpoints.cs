using System.Security.Claims;
using Odp.Bot.Api.Auth;
using Odp.Engine.Workspaces.Members;

namespace Odp.Bot.Api.Workspaces;

/// <summary><c>GET /workspaces</c>: the caller's teams' workspaces and their live grants, as chat's <c>workspace</c> shows.</summary>
public static class WorkspaceEndpoints
{
    public static RouteGroupBuilder MapWorkspaces(this RouteGroupBuilder api)
    {
        api.MapGet("/workspaces", ListAsync).WithTags("Workspaces").WithName("ListWorkspaces")
            .WithSummary("The caller's teams' workspaces with their live grants")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IReadOnlyList<WorkspaceView>> ListAsync(ClaimsPrincipal caller, MemberWorkspaces members, CancellationToken cancellationToken)
    {
        var userId = caller.UserId();
        var teams = await members.ListAsync(userId, team: null, cancellationToken);
        return [.. teams.Select(t => t.Workspace is not { } workspace
            ? new WorkspaceView(t.Team, false, null, null, null, null, [], [])
            : new WorkspaceView(
                t.Team, true, workspace.Name, workspace.Namespace, workspace.Location,
                workspace.JupyterUrlOf(userId),
                workspace.Members, [.. t.LiveGrants.Select(GrantView.Of)]))];
    }
}
