-- 在宅療養後方支援病床: a district's programme with its hospitals and rules, each hospital's free beds, patients
-- registered in advance, and requests with their answers and timeline (decisions 22).

CREATE TABLE bed_programme
(
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  association_id        BIGINT        NOT NULL,
  district_id           BIGINT        NOT NULL,
  run_by_facility_id    BIGINT        NOT NULL,
  name                  VARCHAR(200)  NOT NULL,
  min_age               INT           NULL,
  purposes              VARCHAR(200)  NOT NULL,
  longest_stay_days     INT           NOT NULL,
  reuse_gap_days        INT           NOT NULL,
  exclusions            VARCHAR(1000) NULL,
  via_desk              BOOLEAN       NOT NULL,
  answer_minutes_today  INT           NOT NULL,
  answer_minutes_later  INT           NOT NULL,
  created_at            DATETIME(6)   NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY bed_programme_district (district_id),
  INDEX bed_programme_by_association (association_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A hospital in a programme: beds reserved per day, its hotline, hours, and today's free beds as it last said.
CREATE TABLE bed_hospital
(
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  programme_id     BIGINT       NOT NULL,
  facility_id      BIGINT       NOT NULL,
  beds_per_day     INT          NOT NULL,
  hotline          VARCHAR(30)  NOT NULL,
  hours            VARCHAR(100) NOT NULL,
  free_beds        INT          NULL,
  free_updated_at  DATETIME(6)  NULL,
  free_updated_by  VARCHAR(200) NULL,
  active           BOOLEAN      NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY bed_hospital_place (programme_id, facility_id),
  INDEX bed_hospital_by_facility (facility_id),
  CONSTRAINT bed_hospital_programme FOREIGN KEY (programme_id) REFERENCES bed_programme (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A patient registered in advance at a programme hospital (事前登録), acknowledged by it.
CREATE TABLE bed_registration
(
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  hospital_id      BIGINT       NOT NULL,
  patient_id       BIGINT       NOT NULL,
  summary_version  INT          NOT NULL,
  review_on        DATE         NOT NULL,
  registered_by    BIGINT       NOT NULL,
  registered_at    DATETIME(6)  NOT NULL,
  acknowledged_by  BIGINT       NULL,
  acknowledged_at  DATETIME(6)  NULL,
  withdrawn_at     DATETIME(6)  NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX bed_registration_by_patient (patient_id),
  INDEX bed_registration_by_hospital (hospital_id, withdrawn_at),
  CONSTRAINT bed_registration_hospital FOREIGN KEY (hospital_id) REFERENCES bed_hospital (id),
  CONSTRAINT bed_registration_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request for a bed at one hospital; after a refusal or no answer in time, the next hospital gets a new request.
CREATE TABLE bed_request
(
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  programme_id       BIGINT        NOT NULL,
  hospital_id        BIGINT        NOT NULL,
  patient_id         BIGINT        NOT NULL,
  association_id     BIGINT        NOT NULL,
  previous_id        BIGINT        NULL,
  purpose            VARCHAR(30)   NOT NULL,
  urgency            VARCHAR(10)   NOT NULL,
  transport          VARCHAR(20)   NOT NULL,
  note               VARCHAR(2000) NULL,
  doctor_id          BIGINT        NOT NULL,
  drafted_by         BIGINT        NOT NULL,
  status             VARCHAR(12)   NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  sent_at            DATETIME(6)   NULL,
  due_at             DATETIME(6)   NULL,
  answered_at        DATETIME(6)   NULL,
  answered_by        BIGINT        NULL,
  arrive_by          DATETIME(6)   NULL,
  decline_reason     VARCHAR(30)   NULL,
  decline_note       VARCHAR(500)  NULL,
  admitted_on        DATE          NULL,
  discharged_on      DATE          NULL,
  closed_at          DATETIME(6)   NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX bed_request_by_hospital (hospital_id, status, sent_at),
  INDEX bed_request_by_patient (patient_id, created_at),
  INDEX bed_request_due (status, due_at),
  INDEX bed_request_by_programme (programme_id, created_at),
  CONSTRAINT bed_request_programme FOREIGN KEY (programme_id) REFERENCES bed_programme (id),
  CONSTRAINT bed_request_hospital FOREIGN KEY (hospital_id) REFERENCES bed_hospital (id),
  CONSTRAINT bed_request_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of a request, in order (the timeline the pages show).
CREATE TABLE bed_request_event
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  request_id  BIGINT       NOT NULL,
  occurred_at DATETIME(6)  NOT NULL,
  actor_id    BIGINT       NULL,
  actor_name  VARCHAR(200) NOT NULL,
  step        VARCHAR(30)  NOT NULL,
  detail      VARCHAR(500) NULL,
  PRIMARY KEY (id),
  INDEX bed_request_event_by_request (request_id, id),
  CONSTRAINT bed_request_event_request FOREIGN KEY (request_id) REFERENCES bed_request (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
