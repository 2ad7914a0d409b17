-- 在宅療養支援窓口: requests to the desk to find care (調整依頼), the inquiries it sends to facilities and their
-- answers, and each request's timeline (decisions 23).
CREATE TABLE coordination_request
(
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  association_id         BIGINT        NOT NULL,
  desk_facility_id       BIGINT        NOT NULL,
  district_id            BIGINT        NOT NULL,
  requester_member_id    BIGINT        NOT NULL,
  requester_facility_id  BIGINT        NOT NULL,
  need                   VARCHAR(20)   NOT NULL,
  capabilities           VARCHAR(500)  NOT NULL,
  start_on               DATE          NOT NULL,
  note                   VARCHAR(2000) NULL,
  patient_id             BIGINT        NULL,
  patient_age            INT           NULL,
  patient_sex            VARCHAR(10)   NULL,
  status                 VARCHAR(12)   NOT NULL,
  received_at            DATETIME(6)   NOT NULL,
  first_answer_due       DATETIME(6)   NOT NULL,
  first_answer_at        DATETIME(6)   NULL,
  proposed_inquiry_id    BIGINT        NULL,
  matched_facility_id    BIGINT        NULL,
  matched_at             DATETIME(6)   NULL,
  closed_at              DATETIME(6)   NULL,
  unmatched_reason       VARCHAR(500)  NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX coordination_request_by_desk (desk_facility_id, status, received_at),
  INDEX coordination_request_by_requester (requester_facility_id, received_at),
  INDEX coordination_request_by_association (association_id, received_at),
  CONSTRAINT coordination_request_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coordination_inquiry
(
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  request_id   BIGINT       NOT NULL,
  facility_id  BIGINT       NOT NULL,
  sent_at      DATETIME(6)  NOT NULL,
  sent_by      BIGINT       NOT NULL,
  answer       VARCHAR(10)  NULL,
  reason       VARCHAR(20)  NULL,
  note         VARCHAR(500) NULL,
  answered_at  DATETIME(6)  NULL,
  answered_by  BIGINT       NULL,
  PRIMARY KEY (id),
  UNIQUE KEY coordination_inquiry_once (request_id, facility_id),
  INDEX coordination_inquiry_by_facility (facility_id, sent_at),
  CONSTRAINT coordination_inquiry_request FOREIGN KEY (request_id) REFERENCES coordination_request (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coordination_event
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  request_id  BIGINT       NOT NULL,
  occurred_at DATETIME(6)  NOT NULL,
  actor_id    BIGINT       NULL,
  actor_name  VARCHAR(200) NOT NULL,
  step        VARCHAR(20)  NOT NULL,
  detail      VARCHAR(500) NULL,
  PRIMARY KEY (id),
  INDEX coordination_event_by_request (request_id, id),
  CONSTRAINT coordination_event_request FOREIGN KEY (request_id) REFERENCES coordination_request (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
