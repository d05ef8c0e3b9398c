using Odp.Engine.Tickets;

namespace Odp.Engine.Workspaces.Members;

/// <summary>One of a person's teams: its workspace (none until its first request is approved) and its live grants.</summary>
public sealed record TeamWorkspace(string Team, WorkspaceRecord? Workspace, IReadOnlyList<TicketData> LiveGrants);
