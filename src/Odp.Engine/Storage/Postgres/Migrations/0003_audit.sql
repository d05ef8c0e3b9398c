-- The audit of repairs the engine made on its own (IAuditLog).
CREATE TABLE audit (
    id      bigserial   PRIMARY KEY,
    at      timestamptz NOT NULL,
    what    text        NOT NULL,
    before  text        NOT NULL,
    after   text        NOT NULL
);
