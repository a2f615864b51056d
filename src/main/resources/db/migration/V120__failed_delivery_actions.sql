-- Failed deliveries are a worklist item staff act on (docs/console.md): send again once the partner's endpoint is
-- fixed, or close with a reason when the partner got the message another way. A FAILED delivery now keeps its body
-- (sealed, as while it waited) until it is delivered or closed; closing drops it.
ALTER TABLE partner_delivery ADD COLUMN closed_at timestamptz;
ALTER TABLE partner_delivery ADD COLUMN closed_by varchar(100);
ALTER TABLE partner_delivery ADD COLUMN close_reason varchar(1000);
-- the worklist: failed and not closed, or being retried
DROP INDEX IF EXISTS partner_delivery_trouble_idx;
CREATE INDEX partner_delivery_trouble_idx ON partner_delivery (status, created_at, id)
    WHERE status = 'RETRYING' OR (status = 'FAILED' AND closed_at IS NULL);
