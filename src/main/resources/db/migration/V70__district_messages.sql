-- The way back (issue 12, docs/way-back.md): what districts send on district.<id>.outbound.
--
-- district_message: one row per message taken off a district's outbound queue, accepted or refused, keyed by the
-- broker message id (a redelivered message finds its row and does nothing again). An accepted message names the
-- partner it went to and the outbox row that carries it (outbox_key); a refused one its violations (no message text:
-- codes, paths and sentences that never quote field contents). No personal data here.
-- For a request (R) the row is the initiating side's case: case_tracking_id is the id the duty clock and the partner's
-- answers are kept under (table duty: kind PARTNER_RESPONSE), and answered_* records the partner's first answer.
CREATE TABLE district_message (
    id                   uuid          PRIMARY KEY,
    message_key          varchar(200)  NOT NULL,
    district_id          varchar(40)   NOT NULL,
    message_id           varchar(64),
    status               varchar(16)   NOT NULL,
    case_tracking_id     uuid,
    partner_id           varchar(100),
    transaction          varchar(16),
    district_case_id     varchar(15),
    partner_case_id      varchar(15),
    district_locator     varchar(7),
    receiver_locator     varchar(7),
    serial_number        varchar(12),
    outbox_key           varchar(200),
    violations           jsonb,
    received_at          timestamptz   NOT NULL DEFAULT now(),
    answered_at          timestamptz,
    answered_by          uuid,
    CONSTRAINT district_message_key_unique UNIQUE (message_key),
    CONSTRAINT district_message_status_check CHECK (status IN ('SENT', 'FORWARDED', 'REFUSED'))
);
CREATE INDEX district_message_case_idx ON district_message (case_tracking_id);
-- A partner's answer to a district's request is matched by partner, the district's case id (the answer's
-- ReceiverCaseId) and the district's locator code.
CREATE INDEX district_message_request_idx ON district_message (partner_id, district_case_id, district_locator)
    WHERE transaction LIKE '% R%';

-- The duty clock of an outgoing request is kept under the request's own id, which is not a received transmittal:
-- the duty table's tracking id names either (one clock engine, deadlines.DutyRepository).
ALTER TABLE duty DROP CONSTRAINT IF EXISTS duty_tracking_id_fkey;
