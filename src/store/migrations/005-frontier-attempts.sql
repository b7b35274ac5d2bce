-- Failed frontier items are retried on later runs when the failure may pass (5xx, 429, timeout, network down),
-- a bounded number of times; a permanent one (404, refused redirect, bad charset) is not.
ALTER TABLE frontier ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;   -- runs in which this item failed
ALTER TABLE frontier ADD COLUMN retry    INTEGER NOT NULL DEFAULT 0;   -- 1: the last failure was transient
