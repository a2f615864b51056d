-- Every transmittal row, and every status change of it (none is a HOT update: status is indexed), adds an entry to
-- each index of the table. Of its eight, three go and one comes (issue 14, docs/performance.md):
--   transmittal_received_idx (received_at) WHERE status = 'RECEIVED': transmittal_status_idx (status, received_at)
--     answers the same reads (the recovery job's backlog, the intake's count of what waits);
--   transmittal_partner_case_idx (partner_id, sender_case_id) and transmittal_sender_case_idx (sender_case_id):
--     one index led by the case id answers both the case a partner means (partner and case id) and the console's
--     search by case id alone.
DROP INDEX IF EXISTS transmittal_received_idx;
DROP INDEX IF EXISTS transmittal_partner_case_idx;
DROP INDEX IF EXISTS transmittal_sender_case_idx;
-- IF NOT EXISTS: on a large production ledger, build it beforehand without blocking intake
-- (CREATE INDEX CONCURRENTLY transmittal_case_idx ON transmittal (sender_case_id, partner_id)); this then only drops.
CREATE INDEX IF NOT EXISTS transmittal_case_idx ON transmittal (sender_case_id, partner_id);
