-- The stores replicas share: tickets (PostgresTicketStore), the one outbox (PostgresOutbox), workspaces and the names
-- their groups hold (PostgresWorkspaceStore). Nothing used 0001's tickets, ticket_events and outbox yet, so they are
-- replaced rather than altered; 0001's leases stay as they are (PostgresLeaseStore).

-- Events and steps live in the ticket's document: a save writes the whole ticket in one row, checked by its version.
DROP TABLE ticket_events;
DROP TABLE outbox;
DROP TABLE tickets;

-- Named counters; 'tickets' is the number of the last ticket id (ODP-n) handed out. Incremented inside the
-- transaction that inserts the ticket, so numbers have no gaps and replicas never hand out one twice.
CREATE TABLE counters (
    name   text    PRIMARY KEY,
    value  bigint  NOT NULL
);

-- One row per ticket. The document holds every TicketData field but the version, times as UTC ticks; the columns
-- beside it are what queries filter on, the text ones lower-cased (filters ignore case).
CREATE TABLE tickets (
    id             text     PRIMARY KEY,
    number         bigint   NOT NULL UNIQUE,
    version        integer  NOT NULL,
    state          text     NOT NULL,
    user_key       text     NOT NULL,
    dataset_key    text     NOT NULL,
    workspace_key  text     NOT NULL,
    document       jsonb    NOT NULL
);
CREATE INDEX tickets_by_state ON tickets (state);
CREATE INDEX tickets_by_user ON tickets (user_key);

-- The work ticket changes owe, inserted in the transaction that stores the change; a ticket's items run in id order.
CREATE TABLE outbox (
    id         bigserial    PRIMARY KEY,
    ticket_id  text         NOT NULL REFERENCES tickets (id),
    kind       text         NOT NULL,
    event      integer      NOT NULL,
    attempts   integer      NOT NULL DEFAULT 0,
    due_at     timestamptz  NOT NULL
);
CREATE INDEX outbox_by_ticket ON outbox (ticket_id, id);
CREATE INDEX outbox_by_due ON outbox (due_at);

-- Workspaces by lower-case group id; the document holds the WorkspaceRecord, times as UTC ticks.
CREATE TABLE workspaces (
    group_key  text   PRIMARY KEY,
    document   jsonb  NOT NULL
);

-- The workspace name each group holds for good: one group per name, one name per group.
CREATE TABLE workspace_names (
    name       text  PRIMARY KEY,
    group_key  text  NOT NULL UNIQUE
);
