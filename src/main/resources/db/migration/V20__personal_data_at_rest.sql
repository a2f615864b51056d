-- Personal data at rest (docs/personal-data.md): raw messages are encrypted by the application
-- (PersonalDataCipher, "csx-enc:1:<key id>:..."), purged a while after their case is finished, and every
-- read of personal data through the API is recorded in an append-only audit trail.

-- A purged transmittal keeps its ledger row, history and the SHA-256 of its message (a resend still gets
-- its original receipt); only the message itself goes.
ALTER TABLE transmittal_message ALTER COLUMN raw_message DROP NOT NULL;

-- When the retention job purged the case's raw message and documents (NULL: not purged).
ALTER TABLE transmittal ADD COLUMN purged_at timestamptz;
CREATE INDEX transmittal_retention_idx ON transmittal (status, status_changed_at) WHERE purged_at IS NULL;

-- When the document's content was deleted from the store (every case holding it purged).
ALTER TABLE case_document ADD COLUMN content_purged_at timestamptz;

-- Who read which personal data, when and why. Rows are only ever added: UPDATE, DELETE and TRUNCATE are
-- refused by the triggers below (in production the application role also gets INSERT and SELECT only).
CREATE TABLE personal_data_access (
    id              bigserial     PRIMARY KEY,
    occurred_at     timestamptz   NOT NULL,
    actor           varchar(200)  NOT NULL,
    action          varchar(200)  NOT NULL,
    subject_kind    varchar(40)   NOT NULL,
    subject_id      varchar(200),
    purpose         varchar(500),
    client_address  varchar(64)
);
CREATE INDEX personal_data_access_time_idx ON personal_data_access (occurred_at);
CREATE INDEX personal_data_access_actor_idx ON personal_data_access (actor, occurred_at);
CREATE INDEX personal_data_access_subject_idx ON personal_data_access (subject_id, occurred_at);

CREATE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'personal_data_access is append-only';
END
$$;

CREATE TRIGGER personal_data_access_no_update_or_delete
    BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH ROW EXECUTE FUNCTION personal_data_access_append_only();

CREATE TRIGGER personal_data_access_no_truncate
    BEFORE TRUNCATE ON personal_data_access
    FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_append_only();
