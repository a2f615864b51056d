-- Delivery to partners on their own channel (issue 11 item 4, docs/delivery.md).
--
-- partner_delivery: one row per message a SOAP partner is to get, taken off partner.<id>.outbound by the
-- partner-delivery route (routes/partner-delivery.yaml) in the same broker transaction as the consume. message_key
-- is the outbox row's dedup_key (outbox_message.dedup_key, carried as csxOutboxKey): a redelivered queue message
-- makes no second row, and the API joins a transmittal's outbox messages to their delivery by it.
-- body is the Transmittal pushed (SubmitTransmittal of schemas/exchange.wsdl), built once with our serial number, so
-- every attempt sends the same serial and the partner's intake idempotency turns a repeated push into the same
-- receipt. The body is dropped once DELIVERED or FAILED; the partner's Receipt is kept as evidence.
CREATE TABLE partner_delivery (
    id                  bigserial     PRIMARY KEY,
    message_key         varchar(200)  NOT NULL,
    partner_id          varchar(100)  NOT NULL,
    endpoint            varchar(500)  NOT NULL,
    kind                varchar(64)   NOT NULL,
    tracking_id         uuid,
    serial_number       varchar(12)   NOT NULL,
    csenet_transaction  varchar(16)   NOT NULL,
    body                text,
    status              varchar(16)   NOT NULL DEFAULT 'PENDING',
    attempts            integer       NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz   NOT NULL DEFAULT now(),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    finished_at         timestamptz,
    receipt             text,
    partner_tracking_id varchar(64),
    CONSTRAINT partner_delivery_message_unique UNIQUE (message_key),
    CONSTRAINT partner_delivery_status_check CHECK (status IN ('PENDING', 'RETRYING', 'DELIVERED', 'FAILED'))
);
-- The worker's claim: due rows only.
CREATE INDEX partner_delivery_due_idx ON partner_delivery (next_attempt_at) WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX partner_delivery_tracking_idx ON partner_delivery (tracking_id);

-- Every attempt, whatever its outcome: when, what came back (HTTP status, SOAP fault code, or the kind of transport
-- failure), how long it took. No bodies and no fault texts (a partner's fault string may quote the message).
CREATE TABLE partner_delivery_attempt (
    id            bigserial     PRIMARY KEY,
    delivery_id   bigint        NOT NULL REFERENCES partner_delivery (id),
    attempt       integer       NOT NULL,
    attempted_at  timestamptz   NOT NULL,
    outcome       varchar(16)   NOT NULL,
    http_status   integer,
    fault_code    varchar(100),
    duration_ms   integer       NOT NULL,
    CONSTRAINT partner_delivery_attempt_unique UNIQUE (delivery_id, attempt),
    CONSTRAINT partner_delivery_attempt_outcome_check
        CHECK (outcome IN ('RECEIPTED', 'FAULT', 'HTTP_ERROR', 'UNREACHABLE', 'TIMEOUT', 'NOT_SENT'))
);
