-- The registry of support orders registered in this state (UIFSA Articles 6 and 7): one row per
-- registration request, opened from a valid ENF R transmittal with a registration reason code.
-- Party data kept here is names only: no Social Security numbers, no dates of birth (the court gets
-- those from the original transmittal inside the packet).

CREATE TABLE registration (
    id                         uuid          PRIMARY KEY,
    -- One registration per transmittal: a redelivered transmittal cannot open a second one.
    tracking_id                uuid          NOT NULL UNIQUE REFERENCES transmittal (tracking_id),
    partner_id                 varchar(64)   NOT NULL,
    sender_kind                varchar(32)   NOT NULL,
    sender_locator_code        varchar(7),
    sender_country_code        varchar(2),
    sender_case_id             varchar(15),
    transaction_serial_number  varchar(12)   NOT NULL,
    reason_code                varchar(5)    NOT NULL,
    purpose                    varchar(40)   NOT NULL,
    requester                  varchar(20)   NOT NULL,
    convention_order           boolean       NOT NULL,
    contesting_party_abroad    boolean       NOT NULL,
    -- STATE (2-digit FIPS), TRIBE (tribal locator code) or COUNTRY (ISO alpha-2)
    issuing_jurisdiction_kind  varchar(10)   NOT NULL,
    issuing_jurisdiction       varchar(10)   NOT NULL,
    issuing_tribunal           varchar(40),
    district_id                varchar(40),
    -- County FIPS of the court that must file the order (UIFSA §310); queue court.<id>.registrations.
    court_id                   varchar(5)    NOT NULL,
    obligor_last_name          varchar(21),
    obligor_first_name         varchar(16),
    obligee_last_name          varchar(21),
    obligee_first_name         varchar(16),
    alleged_arrears            numeric(13, 2),
    arrears_as_of              date,
    controlling_order_id       varchar(17),
    controlling_order_rule     varchar(32),
    controlling_order_section  varchar(16),
    controlling_order_explanation text,
    new_order_required         boolean,
    status                     varchar(32)   NOT NULL,
    status_changed_at          timestamptz   NOT NULL,
    received_at                timestamptz   NOT NULL,
    docket_number              varchar(40),
    notice_date                date,
    contest_deadline           date,
    contest_rule               varchar(40),
    CONSTRAINT registration_status_check CHECK (status IN ('RECEIVED', 'AWAITING_DOCUMENTS', 'SENT_TO_TRIBUNAL',
        'FILED', 'NOTICE_SENT', 'CONTEST_PERIOD', 'CONFIRMED', 'CONTESTED', 'VACATED', 'WITHDRAWN'))
);

-- A court's docket number names one registration.
CREATE UNIQUE INDEX registration_court_docket_unique ON registration (court_id, docket_number)
    WHERE docket_number IS NOT NULL;
-- The contest-deadline job looks for open contest periods past their deadline.
CREATE INDEX registration_contest_idx ON registration (status, contest_deadline);
CREATE INDEX registration_obligor_name_idx ON registration (lower(obligor_last_name));
CREATE INDEX registration_obligee_name_idx ON registration (lower(obligee_last_name));
CREATE INDEX registration_docket_idx ON registration (docket_number);

CREATE TABLE registration_child (
    registration_id  uuid         NOT NULL REFERENCES registration (id),
    seq              integer      NOT NULL,
    last_name        varchar(21),
    first_name       varchar(16),
    PRIMARY KEY (registration_id, seq)
);
CREATE INDEX registration_child_name_idx ON registration_child (lower(last_name));

-- The orders to register, each with its current obligation (child, medical, spousal or other).
CREATE TABLE registration_order (
    registration_id        uuid           NOT NULL REFERENCES registration (id),
    seq                    integer        NOT NULL,
    order_id               varchar(17)    NOT NULL,
    issuing_locator_code   varchar(7),
    tribunal_case_number   varchar(17),
    issued_on              date,
    obligation_kind        varchar(10),
    amount                 numeric(13, 2),
    frequency              varchar(1),
    medical_ordered        boolean,
    arrears_total          numeric(13, 2),
    controlling_order_flag varchar(1),
    PRIMARY KEY (registration_id, seq)
);
CREATE INDEX registration_order_id_idx ON registration_order (order_id);

-- Every status a registration went through, with when and why (no personal data in detail).
CREATE TABLE registration_event (
    id               bigserial     PRIMARY KEY,
    registration_id  uuid          NOT NULL REFERENCES registration (id),
    from_status      varchar(32),
    status           varchar(32)   NOT NULL,
    occurred_at      timestamptz   NOT NULL,
    detail           text
);
CREATE INDEX registration_event_idx ON registration_event (registration_id, id);

-- The documents that have arrived (from the transmittal's manifest, ATTACHED, or recorded later).
CREATE TABLE registration_document (
    id               bigserial     PRIMARY KEY,
    registration_id  uuid          NOT NULL REFERENCES registration (id),
    kind             varchar(48)   NOT NULL,
    certified        boolean       NOT NULL,
    source           varchar(32)   NOT NULL,
    arrived_at       timestamptz   NOT NULL
);
CREATE INDEX registration_document_idx ON registration_document (registration_id);

-- What is (or was) missing before filing, when it was requested from the sender and when it arrived.
CREATE TABLE registration_requirement (
    registration_id  uuid          NOT NULL REFERENCES registration (id),
    requirement      varchar(48)   NOT NULL,
    section          varchar(32)   NOT NULL,
    blocking         boolean       NOT NULL,
    sentence         text          NOT NULL,
    requested_at     timestamptz   NOT NULL,
    satisfied_at     timestamptz,
    PRIMARY KEY (registration_id, requirement)
);

-- The §605 notices: the DRAFT sent with the packet, the FINAL once the court filed the order.
CREATE TABLE registration_notice (
    registration_id  uuid          NOT NULL REFERENCES registration (id),
    version          varchar(8)    NOT NULL,
    created_at       timestamptz   NOT NULL,
    notice_date      date          NOT NULL,
    pdf              bytea         NOT NULL,
    PRIMARY KEY (registration_id, version)
);

-- Court answers refused (unknown registration, out of order, not this court's): kept for staff.
CREATE TABLE registration_refusal (
    id               bigserial     PRIMARY KEY,
    registration_ref varchar(64),
    court_partner_id varchar(64),
    answer           varchar(32),
    code             varchar(32)   NOT NULL,
    reason           text          NOT NULL,
    occurred_at      timestamptz   NOT NULL
);
