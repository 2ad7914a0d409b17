-- A member's login outlives the node that took it (the login cookie, decisions 18): when their sessions are ended
-- (suspended, detached, rights changed, a program revoked), every login taken before this moment ends too, on every node.
ALTER TABLE credential ADD COLUMN sessions_ended_at DATETIME(6) NULL;
