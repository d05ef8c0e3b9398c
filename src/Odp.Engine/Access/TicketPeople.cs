using Odp.Engine.Catalog;
using Odp.Engine.Directory;

namespace Odp.Engine.Access;

/// <summary>Who a ticket concerns: its requester and the owners who decide it.</summary>
public sealed record TicketPeople(DirectoryUser Requester, IReadOnlyList<DirectoryUser> Owners, Dataset? Dataset);
