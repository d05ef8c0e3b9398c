-- The deliveries of requests that act, each until it can no longer arrive again, so a retry delivered to another
-- replica runs once (IDeliveryLog). Rows past forget_at are deleted by the next admission; at most the log's capacity
-- are kept.
CREATE TABLE deliveries (
    key        text        PRIMARY KEY,
    forget_at  timestamptz NOT NULL
);

CREATE INDEX deliveries_forget_at ON deliveries (forget_at);
