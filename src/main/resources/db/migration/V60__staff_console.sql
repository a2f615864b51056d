-- The staff console (docs/console.md).

-- Every action a member of staff takes in the console: who, what, on which subject, when, with what result.
-- Rows are only ever added, as in personal_data_access: UPDATE, DELETE and TRUNCATE are refused.
CREATE TABLE staff_action (
    id            bigserial     PRIMARY KEY,
    occurred_at   timestamptz   NOT NULL DEFAULT now(),
    actor         varchar(200)  NOT NULL,
    action        varchar(64)   NOT NULL,
    subject_kind  varchar(40)   NOT NULL,
    subject_id    varchar(200)  NOT NULL,
    detail        varchar(1000)
);
CREATE INDEX staff_action_subject_idx ON staff_action (subject_id, occurred_at);
CREATE INDEX staff_action_actor_idx ON staff_action (actor, occurred_at);

CREATE FUNCTION staff_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'staff_action is append-only';
END
$$;

CREATE TRIGGER staff_action_no_update_or_delete
    BEFORE UPDATE OR DELETE ON staff_action
    FOR EACH ROW EXECUTE FUNCTION staff_action_append_only();

CREATE TRIGGER staff_action_no_truncate
    BEFORE TRUNCATE ON staff_action
    FOR EACH STATEMENT EXECUTE FUNCTION staff_action_append_only();

-- How a dead letter was dealt with: replayed or closed, by whom, when, why.
ALTER TABLE dead_letter ADD COLUMN resolved_at timestamptz;
ALTER TABLE dead_letter ADD COLUMN resolved_by varchar(200);
ALTER TABLE dead_letter ADD COLUMN resolution varchar(1000);

-- The console's worklists and search read the ledger by status, partner case id and date.
CREATE INDEX transmittal_sender_case_idx ON transmittal (sender_case_id);
CREATE INDEX transmittal_received_at_idx ON transmittal (received_at);
