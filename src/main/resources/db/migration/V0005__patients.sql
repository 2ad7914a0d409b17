-- Patients, their consent to share information, their care teams and the versioned summary.

CREATE TABLE patient
(
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  managing_facility_id  BIGINT       NOT NULL,
  association_id        BIGINT       NOT NULL,
  registered_by         BIGINT       NOT NULL,
  name                  VARCHAR(100) NOT NULL,
  name_kana             VARCHAR(200) NOT NULL,
  birth_date            DATE         NOT NULL,
  sex                   VARCHAR(10)  NOT NULL,
  postal_code           VARCHAR(8)   NULL,
  address               VARCHAR(300) NULL,
  phone                 VARCHAR(20)  NULL,
  status                VARCHAR(20)  NOT NULL,
  summary_version       INT          NOT NULL,
  last_activity_at      DATETIME(6)  NOT NULL,
  last_activity_by      VARCHAR(200) NOT NULL,
  created_at            DATETIME(6)  NOT NULL,
  version               BIGINT       NOT NULL,
  PRIMARY KEY (id),
  INDEX patient_by_facility (managing_facility_id, last_activity_at),
  INDEX patient_by_kana (name_kana, birth_date),
  INDEX patient_by_birth (birth_date),
  CONSTRAINT patient_facility FOREIGN KEY (managing_facility_id) REFERENCES facility (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 個人情報使用同意: 一括同意 (BLANKET, with excluded facilities) or 個別同意 (INDIVIDUAL, with named facilities
-- or members). One active consent per patient; a withdrawn one stays as the record of what was agreed.
CREATE TABLE consent
(
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  patient_id        BIGINT       NOT NULL,
  model             VARCHAR(20)  NOT NULL,
  obtained_on       DATE         NOT NULL,
  obtained_by       BIGINT       NOT NULL,
  signer            VARCHAR(100) NOT NULL,
  signer_relation   VARCHAR(50)  NOT NULL,
  document_name     VARCHAR(200) NULL,
  document_type     VARCHAR(100) NULL,
  document_sha256   CHAR(64)     NULL,
  document          LONGBLOB     NULL,
  status            VARCHAR(20)  NOT NULL,
  withdrawn_at      DATETIME(6)  NULL,
  withdrawn_by      BIGINT       NULL,
  withdrawal_reason VARCHAR(500) NULL,
  created_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX consent_by_patient (patient_id, status),
  CONSTRAINT consent_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- For BLANKET: facilities excluded. For INDIVIDUAL: facilities or members consented to.
CREATE TABLE consent_scope
(
  id          BIGINT NOT NULL AUTO_INCREMENT,
  consent_id  BIGINT NOT NULL,
  facility_id BIGINT NULL,
  member_id   BIGINT NULL,
  PRIMARY KEY (id),
  INDEX consent_scope_by_consent (consent_id),
  CONSTRAINT consent_scope_consent FOREIGN KEY (consent_id) REFERENCES consent (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The care team: a member, or a whole facility (all its active members), with a role. Removal keeps the row.
CREATE TABLE care_team_member
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  patient_id  BIGINT       NOT NULL,
  member_id   BIGINT       NULL,
  facility_id BIGINT       NULL,
  role        VARCHAR(30)  NOT NULL,
  added_at    DATETIME(6)  NOT NULL,
  added_by    BIGINT       NOT NULL,
  removed_at  DATETIME(6)  NULL,
  removed_by  BIGINT       NULL,
  PRIMARY KEY (id),
  INDEX team_by_patient (patient_id, removed_at),
  INDEX team_by_member (member_id, removed_at, patient_id),
  INDEX team_by_facility (facility_id, removed_at, patient_id),
  CONSTRAINT team_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 患者サマリー: every saved state, whole, with its author. (patient_id, version) is unique, so two members
-- saving on the same version cannot both succeed.
CREATE TABLE summary_version
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  patient_id  BIGINT       NOT NULL,
  version     INT          NOT NULL,
  author_id   BIGINT       NOT NULL,
  author_name VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  note        VARCHAR(300) NULL,
  content     MEDIUMTEXT   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY summary_version_unique (patient_id, version),
  CONSTRAINT summary_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each member last saw of each patient, for "what changed since I last looked".
CREATE TABLE patient_seen
(
  member_id    BIGINT      NOT NULL,
  patient_id   BIGINT      NOT NULL,
  seen_at      DATETIME(6) NOT NULL,
  seen_version INT         NOT NULL,
  PRIMARY KEY (member_id, patient_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Break-glass: a member outside the team opens a patient in an emergency, with a stated reason, for a while.
CREATE TABLE break_glass
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  patient_id BIGINT       NOT NULL,
  member_id  BIGINT       NOT NULL,
  reason     VARCHAR(500) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  expires_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX break_glass_by_member (member_id, patient_id, expires_at),
  INDEX break_glass_by_patient (patient_id, created_at),
  CONSTRAINT break_glass_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Moving the patient to another managing facility: requested, then accepted or declined by the receiver.
CREATE TABLE facility_transfer
(
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  patient_id        BIGINT       NOT NULL,
  from_facility_id  BIGINT       NOT NULL,
  to_facility_id    BIGINT       NOT NULL,
  requested_by      BIGINT       NOT NULL,
  requested_at      DATETIME(6)  NOT NULL,
  consent_confirmed BOOLEAN      NOT NULL,
  note              VARCHAR(500) NULL,
  status            VARCHAR(20)  NOT NULL,
  decided_by        BIGINT       NULL,
  decided_at        DATETIME(6)  NULL,
  decision_note     VARCHAR(500) NULL,
  PRIMARY KEY (id),
  INDEX transfer_by_patient (patient_id, status),
  INDEX transfer_by_receiver (to_facility_id, status),
  CONSTRAINT transfer_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
