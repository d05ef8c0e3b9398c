namespace Odp.Bot.Conversation.Commands;

/// <summary>Every <c>/odp</c> command. The parser, the usage messages and the help card all come from this table.</summary>
public static class CommandSpecs
{
    public const string Reason = "reason";
    public const string For = "for";
    public const string Access = "access";
    public const string Workspace = "workspace";
    public const string Team = "team";
    public const string Page = "page";

    public static readonly IReadOnlyList<CommandSpec> All =
    [
        new("help", "/odp help [command]", "Show what the bot can do, or how to use one command.", 0, 1, [], []) { Quick = true, NeedsIdentity = false },
        new("search", "/odp search <words> [owner:X] [tag:X] [domain:X] [catalog:X] [--page N]",
            "Find datasets by name, tag, column or description.", 1, int.MaxValue, [Page], []) { FreeText = true, Quick = true, NeedsIdentity = false },
        new("show", "/odp show <catalog.schema.table>", "Show a dataset: its description, owners, tags and columns.", 1, 1, [], []) { Quick = true, NeedsIdentity = false },
        new("request", "/odp request <catalog.schema.table> --reason \"why\" [--for 30d] [--access read|write] [--workspace TEAM] [--team TEAM]",
            "Ask the dataset's owners for access, for you or (--team) for a whole team you are in.", 1, 1, [Reason, For, Access, Workspace, Team], [Reason]),
        new("preview", "/odp preview <catalog.schema.table>", "Show the first 10 rows, as you: Trino decides what you may read.", 1, 1, [], []),
        new("status", "/odp status <ODP-n>", "Show a ticket and its history.", 1, 1, [], []) { Quick = true },
        new("mine", "/odp mine", "List your requests.", 0, 0, [], []) { Quick = true },
        new("pending", "/odp pending", "List the requests waiting for your decision.", 0, 0, [], []) { Quick = true },
        new("approve", "/odp approve <ODP-n>", "Approve a request for a dataset you own.", 1, 1, [], []),
        new("deny", "/odp deny <ODP-n> --reason \"why\"", "Deny a request for a dataset you own.", 1, 1, [Reason], [Reason]),
        new("cancel", "/odp cancel <ODP-n>", "Withdraw your pending request.", 1, 1, [], []),
        new("revoke", "/odp revoke <ODP-n> [--reason \"why\"]", "End access: yours, or on a dataset you own.", 1, 1, [Reason], []),
        new("retry", "/odp retry <ODP-n>", "Resume provisioning that failed.", 1, 1, [], []),
        // Not quick: launch waits for a Jupyter server to start.
        new("workspace", "/odp workspace [status|launch|stop] [TEAM]",
            "Show your team workspaces, grants, Jupyter servers and expiry; launch or stop your server.", 0, 2, [], []),
        new("why", "/odp why <catalog.schema.table> [user]",
            "Explain whether you (or, asked by an owner, someone else) can read a table in Trino, and why.", 1, 2, [], []) { Quick = true },
    ];

    public static CommandSpec? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
