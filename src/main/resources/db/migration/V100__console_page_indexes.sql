-- The console's pages with 100,000 cases (issue 13; docs/console.md, "Page times"): every worklist page and search
-- reads an index in the order it shows, instead of sorting or scanning a whole table.

-- Duties due and overdue: read in (due_date, id) order, a page at a time (replaces the index on due_date alone).
CREATE INDEX duty_open_due_id_idx ON duty (due_date, id) WHERE completed_at IS NULL;
DROP INDEX duty_open_due_idx;

-- Cases waiting for documents: the open documents clocks, the soonest reminder first, and the incomplete cases
-- (a page far down the list skips the ones before it in these two indexes alone, without reading the tables).
CREATE INDEX duty_documents_open_idx ON duty (remind_on, id) INCLUDE (tracking_id)
    WHERE kind = 'DOCUMENTS_OUTSTANDING' AND completed_at IS NULL;
CREATE INDEX case_review_incomplete_idx ON case_review (tracking_id) WHERE completeness = 'INCOMPLETE';

-- The compliance dashboard's current month: the clocks started, the registration steps of a month.
CREATE INDEX duty_triggered_idx ON duty (triggered_at);
CREATE INDEX registration_event_filed_idx ON registration_event (occurred_at) WHERE status IN ('FILED', 'CONFIRMED');

-- A case page's dead letters; the failed deliveries worklist.
CREATE INDEX dead_letter_tracking_idx ON dead_letter (tracking_id);
CREATE INDEX partner_delivery_trouble_idx ON partner_delivery (status, created_at, id) WHERE status IN ('FAILED', 'RETRYING');
