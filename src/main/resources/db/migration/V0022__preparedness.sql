-- 災害時個別支援計画: each ventilator user's plan (one per patient, versioned), the grants of generators and batteries
-- made under it, disaster events declared for a district with a check per user, and each check's record (decision 26).
CREATE TABLE prep_plan
(
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  patient_id           BIGINT        NOT NULL,
  association_id       BIGINT        NOT NULL,
  district_id          BIGINT        NOT NULL,
  desk_facility_id     BIGINT        NOT NULL,
  plan_version         INT           NOT NULL,
  state                VARCHAR(20)   NOT NULL,
  content              MEDIUMTEXT    NOT NULL,
  checker_member_id    BIGINT        NULL,
  medical_confirmed_by VARCHAR(200)  NULL,
  medical_confirmed_at DATETIME(6)   NULL,
  medical_summary_version INT        NULL,
  consent_by           VARCHAR(200)  NULL,
  confirmed_at         DATETIME(6)   NULL,
  review_due           DATE          NULL,
  review_reason        VARCHAR(20)   NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  updated_by           VARCHAR(200)  NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY prep_plan_patient (patient_id),
  INDEX prep_plan_by_district (district_id, state),
  INDEX prep_plan_by_checker (checker_member_id),
  CONSTRAINT prep_plan_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- each confirmed version as it was confirmed (what the family signed)
CREATE TABLE prep_plan_version
(
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id              BIGINT        NOT NULL,
  plan_version         INT           NOT NULL,
  content              MEDIUMTEXT    NOT NULL,
  summary_version      INT           NULL,
  medical_confirmed_by VARCHAR(200)  NULL,
  consent_by           VARCHAR(200)  NULL,
  confirmed_at         DATETIME(6)   NOT NULL,
  confirmed_by         VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY prep_plan_version_once (plan_id, plan_version),
  CONSTRAINT prep_plan_version_plan FOREIGN KEY (plan_id) REFERENCES prep_plan (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prep_grant
(
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id            BIGINT        NOT NULL,
  item               VARCHAR(20)   NOT NULL,
  model              VARCHAR(200)  NOT NULL,
  serial             VARCHAR(100)  NULL,
  granted_on         DATE          NOT NULL,
  next_inspection_on DATE          NULL,
  granted_by         VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  INDEX prep_grant_by_plan (plan_id),
  CONSTRAINT prep_grant_plan FOREIGN KEY (plan_id) REFERENCES prep_plan (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prep_event
(
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  association_id   BIGINT        NOT NULL,
  district_id      BIGINT        NOT NULL,
  desk_facility_id BIGINT        NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  started_at       DATETIME(6)   NOT NULL,
  declared_by      VARCHAR(200)  NOT NULL,
  ended_at         DATETIME(6)   NULL,
  ended_by         VARCHAR(200)  NULL,
  review_note      VARCHAR(4000) NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX prep_event_by_district (district_id, ended_at),
  INDEX prep_event_by_association (association_id, started_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prep_check
(
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  event_id          BIGINT        NOT NULL,
  patient_id        BIGINT        NOT NULL,
  checker_member_id BIGINT        NULL,
  state             VARCHAR(20)   NOT NULL,
  hours_left        INT           NULL,
  note              VARCHAR(500)  NULL,
  updated_at        DATETIME(6)   NULL,
  updated_by        VARCHAR(200)  NULL,
  acknowledged_at   DATETIME(6)   NULL,
  reminded_at       DATETIME(6)   NULL,
  reminders         INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY prep_check_once (event_id, patient_id),
  INDEX prep_check_by_checker (checker_member_id, event_id),
  CONSTRAINT prep_check_event FOREIGN KEY (event_id) REFERENCES prep_event (id),
  CONSTRAINT prep_check_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the event's record for the after-action review: every step, in order (written by PrepTimeline only)
CREATE TABLE prep_event_log
(
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  event_id    BIGINT        NOT NULL,
  patient_id  BIGINT        NULL,
  occurred_at DATETIME(6)   NOT NULL,
  actor_id    BIGINT        NULL,
  actor_name  VARCHAR(200)  NOT NULL,
  step        VARCHAR(20)   NOT NULL,
  state       VARCHAR(20)   NULL,
  hours_left  INT           NULL,
  note        VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  INDEX prep_event_log_by_event (event_id, id),
  CONSTRAINT prep_event_log_event FOREIGN KEY (event_id) REFERENCES prep_event (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
