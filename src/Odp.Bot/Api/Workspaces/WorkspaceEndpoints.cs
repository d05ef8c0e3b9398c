using System.Security.Claims;
using Odp.Bot.Api.Auth;
using Odp.Engine.Access;
using Odp.Engine.Workspaces;

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

    private static async Task<IReadOnlyList<WorkspaceView>> ListAsync(
        ClaimsPrincipal caller, Participants participants, IWorkspaceStore workspaces, LiveGrants liveGrants, CancellationToken cancellationToken)
    {
        var user = await participants.RequireUserAsync(caller.UserId(), cancellationToken);
        var views = new List<WorkspaceView>();
        foreach (var team in user.Groups)
        {
            var workspace = await workspaces.FindAsync(team, cancellationToken);
            if (workspace is null)
            {
                views.Add(new WorkspaceView(team, false, null, null, null, null, [], []));
                continue;
            }
            var live = await liveGrants.InWorkspaceAsync(team, cancellationToken);
            views.Add(new WorkspaceView(
                team, true, workspace.Name, workspace.Namespace, workspace.Location,
                workspace.JupyterUrlOf(user.Id),
                workspace.Members, [.. live.Select(GrantView.Of)]));
        }
        return views;
    }
}
