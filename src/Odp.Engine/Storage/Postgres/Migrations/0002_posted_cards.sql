-- Where each card about a ticket was posted, so a later change updates every copy in place (IPostedCardStore).
CREATE TABLE posted_cards (
    id            bigserial PRIMARY KEY,
    ticket_id     text      NOT NULL,
    kind          text      NOT NULL,
    platform      text      NOT NULL,
    conversation  text      NOT NULL,
    message       text      NOT NULL,
    UNIQUE (ticket_id, kind, platform, conversation, message)
);
