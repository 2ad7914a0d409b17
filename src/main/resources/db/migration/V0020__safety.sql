-- Safe visits for home-care staff (decision 24): incident reports kept inside the reporting facility, with their
-- evidence, actions and timeline; visit-risk measures on a patient, confirmed by each team member; two-person visits
-- for the subsidy claim; the facility's own procedure.
CREATE TABLE safety_report
(
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  facility_id      BIGINT        NOT NULL,
  association_id   BIGINT        NOT NULL,
  district_id      BIGINT        NULL,
  reporter_id      BIGINT        NOT NULL,
  patient_id       BIGINT        NULL,
  occurred_at      DATETIME(6)   NOT NULL,
  place            VARCHAR(200)  NULL,
  kinds            VARCHAR(200)  NOT NULL,
  by_whom          VARCHAR(12)   NOT NULL,
  injured          BOOLEAN       NOT NULL,
  injury           VARCHAR(500)  NULL,
  police_called    BOOLEAN       NOT NULL,
  witnesses        VARCHAR(500)  NULL,
  what_happened    VARCHAR(4000) NOT NULL,
  done_at_once     VARCHAR(2000) NULL,
  status           VARCHAR(12)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  submitted_at     DATETIME(6)   NULL,
  acknowledged_at  DATETIME(6)   NULL,
  acknowledged_by  BIGINT        NULL,
  closed_at        DATETIME(6)   NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX safety_report_by_facility (facility_id, status, created_at),
  INDEX safety_report_by_reporter (reporter_id, created_at),
  INDEX safety_report_by_association (association_id, submitted_at),
  CONSTRAINT safety_report_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the facility did about a report (contract reviewed, shared with the 主治医, consulted the Tokyo line …).
CREATE TABLE safety_report_action
(
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  report_id    BIGINT        NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  note         VARCHAR(1000) NULL,
  taken_on     DATE          NOT NULL,
  taken_by     BIGINT        NOT NULL,
  recorded_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT safety_report_action_report FOREIGN KEY (report_id) REFERENCES safety_report (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos, recordings and PDFs attached to a report, type checked by content; shown to the report's readers only.
CREATE TABLE safety_evidence
(
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  report_id     BIGINT       NOT NULL,
  uploader_id   BIGINT       NOT NULL,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size          INT          NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX safety_evidence_by_report (report_id),
  CONSTRAINT safety_evidence_report FOREIGN KEY (report_id) REFERENCES safety_report (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bytes apart from the list, so that reading a report does not read its photos.
CREATE TABLE safety_evidence_content
(
  evidence_id  BIGINT   NOT NULL,
  content      LONGBLOB NOT NULL,
  PRIMARY KEY (evidence_id),
  CONSTRAINT safety_evidence_content_evidence FOREIGN KEY (evidence_id) REFERENCES safety_evidence (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A report's timeline (下書き → 提出 → 管理者確認 → 対応中 → 終結); written only by SafetyTimeline.
CREATE TABLE safety_report_event
(
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  report_id    BIGINT       NOT NULL,
  occurred_at  DATETIME(6)  NOT NULL,
  actor_id     BIGINT       NULL,
  actor_name   VARCHAR(100) NOT NULL,
  step         VARCHAR(20)  NOT NULL,
  detail       VARCHAR(200) NULL,
  PRIMARY KEY (id),
  INDEX safety_report_event_by_report (report_id, occurred_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 訪問時の対策: what the team does on a visit (never why). A change raises the revision; each member confirms it.
CREATE TABLE visit_measure
(
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  patient_id          BIGINT       NOT NULL,
  kind                VARCHAR(20)  NOT NULL,
  note                VARCHAR(500) NULL,
  review_on           DATE         NULL,
  set_by              BIGINT       NOT NULL,
  set_by_name         VARCHAR(100) NOT NULL,
  set_by_facility_id  BIGINT       NULL,
  set_at              DATETIME(6)  NOT NULL,
  revision            INT          NOT NULL,
  removed_at          DATETIME(6)  NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX visit_measure_by_patient (patient_id, removed_at),
  CONSTRAINT visit_measure_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_measure_confirmation
(
  measure_id    BIGINT      NOT NULL,
  member_id     BIGINT      NOT NULL,
  revision      INT         NOT NULL,
  confirmed_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (measure_id, member_id),
  INDEX visit_measure_confirmation_by_member (member_id),
  CONSTRAINT visit_measure_confirmation_measure FOREIGN KEY (measure_id) REFERENCES visit_measure (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 二人訪問: each visit made by two, on the fee the patient agreed to or on the subsidy because they refused it.
CREATE TABLE pair_visit
(
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id   BIGINT       NOT NULL,
  patient_id    BIGINT       NOT NULL,
  visited_on    DATE         NOT NULL,
  start_time    TIME         NULL,
  minutes       INT          NULL,
  staff_id      BIGINT       NOT NULL,
  partner_id    BIGINT       NULL,
  partner_name  VARCHAR(100) NULL,
  basis         VARCHAR(12)  NOT NULL,
  note          VARCHAR(500) NULL,
  recorded_by   BIGINT       NOT NULL,
  recorded_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX pair_visit_by_facility (facility_id, visited_on),
  CONSTRAINT pair_visit_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The facility's own procedure after an incident (who to call, what to do), shown beside the report form.
CREATE TABLE safety_procedure
(
  facility_id  BIGINT        NOT NULL,
  text         VARCHAR(4000) NOT NULL,
  phone        VARCHAR(30)   NULL,
  updated_by   BIGINT        NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (facility_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
