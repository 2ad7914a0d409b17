-- Closing the holes of the attack run (issue 12).

-- Lockout: each lock before a successful login lasts twice as long as the one before (LoginAttempts).
ALTER TABLE credential
  ADD COLUMN locks INT NOT NULL DEFAULT 0;

-- An administrator's change of a member's e-mail waits for the member to confirm it from the old address:
-- the link's token carries the new address until then.
ALTER TABLE account_token
  ADD COLUMN new_email VARCHAR(254) NULL;

-- The access-log chain is keyed (HMAC-SHA256 with a key kept outside the database) from this sequence number
-- on; seals made before this migration stay plain SHA-256.
ALTER TABLE audit_chain_head
  ADD COLUMN keyed_from BIGINT NOT NULL DEFAULT 1;
UPDATE audit_chain_head SET keyed_from = last_seq + 1;
