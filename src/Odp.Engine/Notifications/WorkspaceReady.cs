using Odp.Engine.Directory;
using Odp.Engine.Integrations.Trino;
using Odp.Engine.Tickets;
using Odp.Engine.Workspaces;

namespace Odp.Engine.Notifications;

/// <summary>A grant is live and its workspace is in place: the team's conversation hears how to connect.</summary>
public sealed record WorkspaceReady(
    TicketData Ticket,
    DirectoryUser Requester,
    WorkspaceRecord Workspace,
    TrinoConnectionInfo Trino) : TicketNotification(Ticket);
