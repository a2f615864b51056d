-- Documents, the completeness review of each case, and the clocks of the registry's duties
-- (45 CFR 303.7(b)). Every write from the processing route is idempotent (unique keys below), because
-- the database is not in the route's Artemis transaction.

-- The documents held for a case. Content lives in the document store, addressed by its SHA-256; the
-- same content sent twice for a case is held once.
CREATE TABLE case_document (
    id             bigserial     PRIMARY KEY,
    tracking_id    uuid          NOT NULL REFERENCES transmittal (tracking_id),
    sha256         char(64)      NOT NULL,
    document_type  varchar(64)   NOT NULL,
    certified      boolean       NOT NULL DEFAULT false,
    file_name      varchar(200),
    media_type     varchar(80)   NOT NULL,
    size_bytes     bigint        NOT NULL,
    received_at    timestamptz   NOT NULL,
    partner_id     varchar(64)   NOT NULL,
    CONSTRAINT case_document_unique UNIQUE (tracking_id, sha256)
);

CREATE INDEX case_document_sha256_idx ON case_document (sha256);

-- The registry's completeness review of a case: which checklist applies and what it found last.
-- Written when the transmittal is processed, and again whenever documents arrive.
CREATE TABLE case_review (
    tracking_id        uuid          PRIMARY KEY REFERENCES transmittal (tracking_id),
    request_type       varchar(64),
    partner_state_fips varchar(2),
    district_id        varchar(40),
    nondisclosure      boolean       NOT NULL DEFAULT false,
    completeness       varchar(16)   NOT NULL,
    missing_summary    text,
    reviewed_at        timestamptz   NOT NULL,
    completed_at       timestamptz
);

-- One clock per duty: what started it and when, when it is due, and what the jobs did about it.
-- kind: CENTRAL_REGISTRY_REVIEW (10 working days), STATUS_INQUIRY (5), DOCUMENTS_OUTSTANDING (the
-- wait before an attachments-overdue reminder).
CREATE TABLE duty (
    id                bigserial     PRIMARY KEY,
    tracking_id       uuid          NOT NULL REFERENCES transmittal (tracking_id),
    kind              varchar(40)   NOT NULL,
    trigger_event     varchar(200)  NOT NULL,
    triggered_at      timestamptz   NOT NULL,
    due_date          date          NOT NULL,
    -- the working day from which the escalation job warns registry.overdue
    escalate_on       date,
    -- the working day from which the reminder job sends the sender a reminder
    remind_on         date,
    reminder_sent_at  timestamptz,
    escalated_at      timestamptz,
    completed_at      timestamptz,
    completion        varchar(200),
    CONSTRAINT duty_tracking_kind_unique UNIQUE (tracking_id, kind)
);

CREATE INDEX duty_open_due_idx ON duty (due_date) WHERE completed_at IS NULL;
