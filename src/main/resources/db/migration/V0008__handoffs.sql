-- 入退院時連携: admission and discharge information passed between hospital and home, with a life of
-- states (draft, sent, completed, cancelled), recipients that answer (received, accepted, declined,
-- replaced), a timeline of every step, and discharge conferences.
CREATE TABLE handoff
(
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  kind               VARCHAR(10)  NOT NULL,
  patient_id         BIGINT       NOT NULL,
  association_id     BIGINT       NOT NULL,
  sender_facility_id BIGINT       NOT NULL,
  created_by         BIGINT       NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  status             VARCHAR(12)  NOT NULL,
  event_date         DATE         NOT NULL,
  due_at             DATETIME(6)  NOT NULL,
  sent_at            DATETIME(6)  NULL,
  completed_at       DATETIME(6)  NULL,
  first_visit_on     DATE         NULL,
  cancelled_at       DATETIME(6)  NULL,
  cancel_reason      VARCHAR(500) NULL,
  content            MEDIUMTEXT   NOT NULL,
  version            BIGINT       NOT NULL,
  PRIMARY KEY (id),
  INDEX handoff_by_sender (sender_facility_id, status, due_at),
  INDEX handoff_by_patient (patient_id, created_at),
  CONSTRAINT handoff_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE handoff_recipient
(
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  handoff_id     BIGINT       NOT NULL,
  facility_id    BIGINT       NOT NULL,
  role           VARCHAR(30)  NOT NULL,
  status         VARCHAR(12)  NOT NULL,
  received_at    DATETIME(6)  NULL,
  received_by    BIGINT       NULL,
  answered_at    DATETIME(6)  NULL,
  answered_by    BIGINT       NULL,
  decline_reason VARCHAR(30)  NULL,
  decline_note   VARCHAR(500) NULL,
  replaced_by    BIGINT       NULL,
  PRIMARY KEY (id),
  INDEX recipient_by_facility (facility_id, status),
  INDEX recipient_by_handoff (handoff_id),
  CONSTRAINT recipient_handoff FOREIGN KEY (handoff_id) REFERENCES handoff (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step, with who took it and when: the timeline.
CREATE TABLE handoff_event
(
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  handoff_id   BIGINT       NOT NULL,
  recipient_id BIGINT       NULL,
  at           DATETIME(6)  NOT NULL,
  actor_id     BIGINT       NOT NULL,
  actor_name   VARCHAR(200) NOT NULL,
  kind         VARCHAR(30)  NOT NULL,
  detail       VARCHAR(500) NULL,
  PRIMARY KEY (id),
  INDEX handoff_event_by_handoff (handoff_id, at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 退院前カンファレンス: proposed times, answers, the agreed one, minutes.
CREATE TABLE conference
(
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  handoff_id    BIGINT       NOT NULL,
  proposed_by   BIGINT       NOT NULL,
  proposed_at   DATETIME(6)  NOT NULL,
  starts_at     DATETIME(6)  NOT NULL,
  place         VARCHAR(200) NULL,
  video_link    VARCHAR(500) NULL,
  status        VARCHAR(10)  NOT NULL,
  minutes_name  VARCHAR(200) NULL,
  minutes_type  VARCHAR(100) NULL,
  minutes       LONGBLOB     NULL,
  PRIMARY KEY (id),
  INDEX conference_by_handoff (handoff_id),
  CONSTRAINT conference_handoff FOREIGN KEY (handoff_id) REFERENCES handoff (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conference_answer
(
  conference_id BIGINT      NOT NULL,
  member_id     BIGINT      NOT NULL,
  answer        VARCHAR(10) NOT NULL,
  answered_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (conference_id, member_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
