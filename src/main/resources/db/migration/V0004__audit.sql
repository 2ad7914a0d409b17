-- The access log. association_id is the association that answers for the target (a patient's or facility's);
-- actor_association_id the one of the member who acted, so each association sees both. Rows are only ever inserted; audit_seal chains them with SHA-256 so that a
-- changed or removed event shows up when the chain is checked.
CREATE TABLE audit_event
(
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at    DATETIME(6) NOT NULL,
  association_id BIGINT       NULL,
  actor_association_id BIGINT NULL,
  actor_id       BIGINT       NULL,
  actor_name     VARCHAR(200) NOT NULL,
  action         VARCHAR(60)  NOT NULL,
  target_type    VARCHAR(40)  NOT NULL,
  target_id      BIGINT       NULL,
  target_label   VARCHAR(300) NOT NULL,
  patient_id     BIGINT       NULL,
  detail         TEXT         NULL,
  PRIMARY KEY (id),
  INDEX audit_by_association (association_id, occurred_at),
  INDEX audit_by_actor_association (actor_association_id, occurred_at),
  INDEX audit_by_actor (actor_id, occurred_at),
  INDEX audit_by_target (target_type, target_id, occurred_at),
  INDEX audit_by_patient (patient_id, occurred_at),
  INDEX audit_by_time (occurred_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_seal
(
  seq       BIGINT       NOT NULL,
  event_id  BIGINT       NOT NULL,
  prev_hash CHAR(64)     NOT NULL,
  hash      CHAR(64)     NOT NULL,
  sealed_at DATETIME(6) NOT NULL,
  PRIMARY KEY (seq),
  UNIQUE KEY audit_seal_event (event_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The end of the chain; its row lock keeps two nodes from sealing at once.
CREATE TABLE audit_chain_head
(
  id        INT      NOT NULL,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
