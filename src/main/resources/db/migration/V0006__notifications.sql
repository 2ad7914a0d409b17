-- In-app notices for members: what happened to their patients and requests. Text is a message key with
-- arguments, shown in the reader's language.
CREATE TABLE notice
(
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  member_id   BIGINT        NOT NULL,
  kind        VARCHAR(40)   NOT NULL,
  message_key VARCHAR(100)  NOT NULL,
  arguments   VARCHAR(1000) NOT NULL,
  link        VARCHAR(300)  NULL,
  created_at  DATETIME(6)   NOT NULL,
  read_at     DATETIME(6)   NULL,
  PRIMARY KEY (id),
  INDEX notice_by_member (member_id, read_at, created_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
