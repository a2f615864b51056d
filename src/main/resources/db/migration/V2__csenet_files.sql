-- The CSENet file channel.

-- Every CSENet file taken from the inbox, by the SHA-256 of its bytes: the same file dropped twice is
-- recognised here (whatever its name) and not processed again once DONE. A file left PROCESSING (the
-- gateway stopped mid-file) is processed again when it reappears; its records are then resends, which the
-- ledger recognises by partner + serial number.
CREATE TABLE csenet_file (
    sha256          char(64)     PRIMARY KEY,
    file_name       varchar(255) NOT NULL,
    status          varchar(16)  NOT NULL,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz,
    record_count    integer,
    queued_count    integer,
    resent_count    integer,
    refused_count   integer
);

-- Every record of a file that was refused (parse error, no partner for its sender, refused by intake),
-- with its position in the file and the reason. Reasons never quote field contents.
CREATE TABLE csenet_record_error (
    file_sha256               char(64)     NOT NULL REFERENCES csenet_file (sha256),
    line_number               bigint       NOT NULL,
    partner_id                varchar(64),
    transaction_serial_number varchar(12),
    error_code                varchar(4)   NOT NULL,
    field                     varchar(120),
    position                  integer      NOT NULL,
    reason                    text         NOT NULL,
    recorded_at               timestamptz  NOT NULL,
    PRIMARY KEY (file_sha256, line_number)
);

-- Outbound CSENet records waiting to be written, and where they went. A record is staged once per
-- dedupe key (a redelivered acknowledgment stages nothing new) and keeps its serial number, so a record
-- written twice after a crash carries the same serial and the receiving state sees it as a duplicate.
-- kind: TRANSACTION (outbox/<partner>/CSENET-*.txt) or ERROR (outbox/<partner>/ERRORS-*.txt).
CREATE SEQUENCE csenet_outbound_serial;

CREATE TABLE csenet_outbox_record (
    id          bigserial    PRIMARY KEY,
    dedupe_key  varchar(120) NOT NULL UNIQUE,
    partner_id  varchar(64)  NOT NULL,
    kind        varchar(16)  NOT NULL,
    record      text         NOT NULL,
    staged_at   timestamptz  NOT NULL,
    file_name   varchar(255),
    written_at  timestamptz
);

CREATE INDEX csenet_outbox_pending_idx ON csenet_outbox_record (partner_id, kind, id) WHERE file_name IS NULL;
