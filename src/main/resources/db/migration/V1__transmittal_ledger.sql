-- The ledger: every transmittal the gateway has acknowledged receiving, its raw message,
-- and every status it went through.

CREATE TABLE transmittal (
    tracking_id               uuid         PRIMARY KEY,
    partner_id                varchar(64)  NOT NULL,
    channel                   varchar(16)  NOT NULL,
    sender_kind               varchar(32)  NOT NULL,
    sender_locator_code       varchar(7),
    sender_country_code       varchar(2),
    transaction_serial_number varchar(12)  NOT NULL,
    functional_type           varchar(3),
    action_code               varchar(1),
    action_reason             varchar(5),
    sender_case_id            varchar(15),
    received_at               timestamptz  NOT NULL,
    status                    varchar(32)  NOT NULL,
    status_changed_at         timestamptz  NOT NULL,
    district_id               varchar(40),
    status_reason             text,
    -- A resent transmittal is recognised here, not only in memory: same partner, same serial number.
    CONSTRAINT transmittal_partner_serial_unique UNIQUE (partner_id, transaction_serial_number)
);

-- The recovery job looks for transmittals left RECEIVED; staff look by status.
CREATE INDEX transmittal_status_idx ON transmittal (status, received_at);

CREATE TABLE transmittal_message (
    tracking_id  uuid     PRIMARY KEY REFERENCES transmittal (tracking_id),
    sha256       char(64) NOT NULL,
    raw_message  text     NOT NULL
);

CREATE TABLE transmittal_event (
    id           bigserial    PRIMARY KEY,
    tracking_id  uuid         NOT NULL REFERENCES transmittal (tracking_id),
    status       varchar(32)  NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    detail       text
);

CREATE INDEX transmittal_event_tracking_idx ON transmittal_event (tracking_id, id);

CREATE TABLE transmittal_violation (
    tracking_id  uuid          NOT NULL REFERENCES transmittal (tracking_id),
    seq          integer       NOT NULL,
    code         varchar(64)   NOT NULL,
    path         varchar(400)  NOT NULL,
    message      text          NOT NULL,
    PRIMARY KEY (tracking_id, seq)
);
