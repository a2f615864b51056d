-- Which gateway instance is reading which CSENet inbox file (issue 14: several instances on one shared inbox).
-- The file route's read lock (readLock=idempotent-changed, CsenetInboxClaims): a row is a claim, inserted by the
-- instance that takes the file and deleted when the file has moved to done/ or failed/. A claim older than
-- csx.csenet.inbox-claim-stale-after (its instance died mid-file) may be taken over by another instance.
CREATE TABLE csenet_inbox_claim (
    file_key    varchar(1024) PRIMARY KEY,
    claimed_by  varchar(255)  NOT NULL,
    claimed_at  timestamptz   NOT NULL
);
