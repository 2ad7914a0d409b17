-- The association's calendar: 連絡会, trainings and symposia (meeting), seats per profession, registrations with the
-- waiting list, attendance, groups, the survey and certificates, each meeting's timeline, the materials and the members'
-- calendar feeds (decision 25).
CREATE TABLE meeting
(
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  association_id         BIGINT        NOT NULL,
  organiser_facility_id  BIGINT        NOT NULL,
  organiser_name         VARCHAR(200)  NOT NULL,
  organiser_type         VARCHAR(30)   NOT NULL,
  kind                   VARCHAR(30)   NOT NULL,
  title                  VARCHAR(200)  NOT NULL,
  description            VARCHAR(4000) NULL,
  starts_at              DATETIME(6)   NOT NULL,
  ends_at                DATETIME(6)   NOT NULL,
  place                  VARCHAR(300)  NULL,
  video_url              VARCHAR(500)  NULL,
  open_to_all            BOOLEAN       NOT NULL,
  professions            VARCHAR(500)  NOT NULL,
  facility_types         VARCHAR(500)  NOT NULL,
  capacity               INT           NULL,
  deadline               DATETIME(6)   NULL,
  certificate            BOOLEAN       NOT NULL,
  check_in_code          VARCHAR(40)   NOT NULL,
  status                 VARCHAR(12)   NOT NULL,
  reminded_at            DATETIME(6)   NULL,
  created_at             DATETIME(6)   NOT NULL,
  created_by             BIGINT        NOT NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX meeting_by_time (starts_at),
  INDEX meeting_by_association (association_id, starts_at),
  INDEX meeting_by_organiser (organiser_facility_id, starts_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_quota
(
  meeting_id  BIGINT      NOT NULL,
  profession  VARCHAR(30) NOT NULL,
  seats       INT         NOT NULL,
  PRIMARY KEY (meeting_id, profession),
  CONSTRAINT meeting_quota_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_registration
(
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  meeting_id             BIGINT        NOT NULL,
  member_id              BIGINT        NOT NULL,
  member_name            VARCHAR(200)  NOT NULL,
  profession             VARCHAR(30)   NOT NULL,
  facility_id            BIGINT        NOT NULL,
  facility_name          VARCHAR(200)  NOT NULL,
  facility_type          VARCHAR(30)   NOT NULL,
  status                 VARCHAR(12)   NOT NULL,
  registered_at          DATETIME(6)   NOT NULL,
  confirmed_at           DATETIME(6)   NULL,
  cancelled_at           DATETIME(6)   NULL,
  share_name             BOOLEAN       NOT NULL,
  attended_at            DATETIME(6)   NULL,
  group_no               INT           NULL,
  survey_rating          INT           NULL,
  survey_comment         VARCHAR(1000) NULL,
  surveyed_at            DATETIME(6)   NULL,
  certificate_code       VARCHAR(40)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY meeting_registration_once (meeting_id, member_id),
  UNIQUE KEY meeting_registration_certificate (certificate_code),
  INDEX meeting_registration_by_member (member_id, status),
  CONSTRAINT meeting_registration_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_event
(
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  meeting_id  BIGINT       NOT NULL,
  occurred_at DATETIME(6)  NOT NULL,
  actor_id    BIGINT       NULL,
  actor_name  VARCHAR(200) NOT NULL,
  step        VARCHAR(20)  NOT NULL,
  member_id   BIGINT       NULL,
  detail      VARCHAR(500) NULL,
  PRIMARY KEY (id),
  INDEX meeting_event_by_meeting (meeting_id, id),
  CONSTRAINT meeting_event_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_material
(
  meeting_id  BIGINT       NOT NULL,
  file_name   VARCHAR(200) NOT NULL,
  content     LONGBLOB     NOT NULL,
  uploaded_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (meeting_id),
  CONSTRAINT meeting_material_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a member's personal calendar feed: only the SHA-256 of its secret token is kept
CREATE TABLE meeting_feed
(
  member_id   BIGINT      NOT NULL,
  token_hash  CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (member_id),
  UNIQUE KEY meeting_feed_token (token_hash)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
