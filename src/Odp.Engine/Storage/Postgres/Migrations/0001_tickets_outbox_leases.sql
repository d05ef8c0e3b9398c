-- The first schema: tickets with their version for compare-and-swap, their event log, the outbox of owed work
-- (claimed by one replica at a time, until its claim expires) and the leases of singleton sweeps.
CREATE TABLE tickets (
    id          text        PRIMARY KEY,
    version     bigint      NOT NULL,
    state       text        NOT NULL,
    document    jsonb       NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX tickets_by_state ON tickets (state);

CREATE TABLE ticket_events (
    ticket_id   text        NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    seq         integer     NOT NULL,
    event       jsonb       NOT NULL,
    PRIMARY KEY (ticket_id, seq)
);

CREATE TABLE outbox (
    id            bigserial   PRIMARY KEY,
    kind          text        NOT NULL,
    ticket_id     text,
    payload       jsonb       NOT NULL,
    due_at        timestamptz NOT NULL,
    attempts      integer     NOT NULL DEFAULT 0,
    claimed_by    text,
    claimed_until timestamptz
);
CREATE INDEX outbox_by_due ON outbox (due_at);

CREATE TABLE leases (
    name        text        PRIMARY KEY,
    holder      text        NOT NULL,
    expires_at  timestamptz NOT NULL
);
