-- Durability (issue 8) and the one transactional outbox.
--
-- outbox_message: every message the gateway puts on a queue because a database row changed is written
-- here, in the same transaction as that change; the relay (outbox.OutboxRelay) puts it on its queue with
-- dedup_key as the Artemis duplicate id, then marks it DELIVERED and drops the body (no personal data kept
-- after delivery). dedup_key is unique: repeating a step stages nothing new.
CREATE TABLE outbox_message (
    id            bigserial     PRIMARY KEY,
    dedup_key     varchar(200)  NOT NULL,
    destination   varchar(200)  NOT NULL,
    kind          varchar(64)   NOT NULL,
    tracking_id   uuid,
    body          text,
    headers       jsonb         NOT NULL DEFAULT '{}'::jsonb,
    status        varchar(16)   NOT NULL DEFAULT 'PENDING',
    attempts      integer       NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    delivered_at  timestamptz,
    last_error    text,
    CONSTRAINT outbox_message_dedup_unique UNIQUE (dedup_key),
    CONSTRAINT outbox_message_status_check CHECK (status IN ('PENDING', 'DELIVERED'))
);
CREATE INDEX outbox_message_pending_idx ON outbox_message (id) WHERE status = 'PENDING';
CREATE INDEX outbox_message_tracking_idx ON outbox_message (tracking_id);

-- dead_letter: every message that ended on registry.dead-letter, recorded by the dead-letter recorder
-- (routes/dead-letters.yaml) once the database can take it: an item for staff, never a silent end.
-- The body is kept only when the ledger does not already hold the transmittal (the raw message is there).
CREATE TABLE dead_letter (
    id            bigserial     PRIMARY KEY,
    message_key   varchar(200)  NOT NULL,
    tracking_id   uuid,
    problem       varchar(32)   NOT NULL,
    failed_route  varchar(100),
    cause         text,
    failed_at     timestamptz,
    recorded_at   timestamptz   NOT NULL DEFAULT now(),
    headers       jsonb         NOT NULL DEFAULT '{}'::jsonb,
    body          text,
    status        varchar(16)   NOT NULL DEFAULT 'OPEN',
    CONSTRAINT dead_letter_message_unique UNIQUE (message_key),
    CONSTRAINT dead_letter_status_check CHECK (status IN ('OPEN', 'REPLAYED', 'CLOSED'))
);
CREATE INDEX dead_letter_open_idx ON dead_letter (recorded_at) WHERE status = 'OPEN';

-- The recovery job decides from the ledger what to queue again: a transmittal still RECEIVED whose last
-- queueing is older than csx.recovery.requeue-after. Each re-queue gets a fresh duplicate id (queue_count).
ALTER TABLE transmittal ADD COLUMN queued_at timestamptz;
ALTER TABLE transmittal ADD COLUMN queue_count integer NOT NULL DEFAULT 1;
DROP INDEX transmittal_status_idx;
CREATE INDEX transmittal_received_idx ON transmittal (received_at) WHERE status = 'RECEIVED';
CREATE INDEX transmittal_status_idx ON transmittal (status, received_at);
