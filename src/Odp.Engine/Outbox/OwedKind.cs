namespace Odp.Engine.Outbox;

/// <summary>
/// The kinds of work a ticket change can owe. Each is safe to run again: the backends are rebuilt from stored state,
/// messages update cards in place or are told at least once.
/// </summary>
public enum OwedKind
{
    /// <summary>Rewrite Trino's access from all live grants (the configured enforcer).</summary>
    ApplyGrants,

    /// <summary>Stop or remove the member's Jupyter server, when the grant it held has ended.</summary>
    ReleaseServer,

    /// <summary>Update the team's workspace from the grants it has left.</summary>
    UpdateWorkspace,

    /// <summary>Follow that workspace change to the end (gitops: its pipeline). Done by worker passes only.</summary>
    FollowRollout,

    /// <summary>Tell the requester and owners of one change (the event it names); the owners' cards show it.</summary>
    TellChange,

    /// <summary>Update the requester's provisioning progress card.</summary>
    TellProgress,

    /// <summary>Tell the team their workspace is ready, with its links.</summary>
    TellReady,

    /// <summary>Send the owners the approval card and the requester the receipt of a new request.</summary>
    TellFiled,
}
