-- Spring Modulith's event publication registry (schema v2 for MySQL/MariaDB); Flyway owns it.
CREATE TABLE EVENT_PUBLICATION
(
  ID                     VARCHAR(36)   NOT NULL,
  LISTENER_ID            VARCHAR(512)  NOT NULL,
  EVENT_TYPE             VARCHAR(512)  NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6)  NULL DEFAULT NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6)  NULL DEFAULT NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail is written in the same transaction as the change that causes it, then delivered by a sender.
CREATE TABLE mail_outbox
(
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  created_at      DATETIME(6)  NOT NULL,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body            TEXT          NOT NULL,
  secret_body     BOOLEAN       NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6)  NOT NULL,
  sent_at         DATETIME(6)  NULL,
  last_error      VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  INDEX mail_outbox_due (status, next_attempt_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
