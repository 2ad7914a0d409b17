-- Conversations: a patient's room (its members are the care team), free groups, direct messages.
CREATE TABLE conversation
(
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  kind                 VARCHAR(10)  NOT NULL,
  patient_id           BIGINT       NULL,
  direct_key           VARCHAR(50)  NULL,
  title                VARCHAR(100) NULL,
  created_by           BIGINT       NOT NULL,
  created_at           DATETIME(6)  NOT NULL,
  last_seq             BIGINT       NOT NULL,
  last_message_at      DATETIME(6)  NULL,
  last_preview         VARCHAR(200) NULL,
  last_author          VARCHAR(200) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY conversation_patient (patient_id),
  UNIQUE KEY conversation_direct (direct_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members of groups and direct conversations (a patient's room has the care team instead).
CREATE TABLE conversation_member
(
  conversation_id BIGINT      NOT NULL,
  member_id       BIGINT      NOT NULL,
  joined_at       DATETIME(6) NOT NULL,
  left_at         DATETIME(6) NULL,
  PRIMARY KEY (conversation_id, member_id),
  INDEX conversation_member_by_member (member_id, left_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far each member has read each conversation.
CREATE TABLE conversation_read
(
  conversation_id BIGINT      NOT NULL,
  member_id       BIGINT      NOT NULL,
  last_read_seq   BIGINT      NOT NULL,
  read_at         DATETIME(6) NOT NULL,
  PRIMARY KEY (member_id, conversation_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages, numbered 1, 2, 3 … within their conversation. (author_id, client_id) makes a retried send
-- land once. Edits and deletions keep the earlier text in message_revision.
CREATE TABLE message
(
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  conversation_id  BIGINT       NOT NULL,
  seq              BIGINT       NOT NULL,
  author_id        BIGINT       NOT NULL,
  author_name      VARCHAR(200) NOT NULL,
  client_id        VARCHAR(64)  NOT NULL,
  body             TEXT         NOT NULL,
  importance       VARCHAR(10)  NOT NULL,
  attachment_id    BIGINT       NULL,
  created_at       DATETIME(6)  NOT NULL,
  edited_at        DATETIME(6)  NULL,
  deleted_at       DATETIME(6)  NULL,
  last_reminded_at DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY message_seq (conversation_id, seq),
  UNIQUE KEY message_client (author_id, client_id),
  INDEX message_urgent (importance, created_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE message_revision
(
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  message_id BIGINT      NOT NULL,
  kind       VARCHAR(10) NOT NULL,
  body       TEXT        NOT NULL,
  revised_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  INDEX message_revision_by_message (message_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 「確認しました」
CREATE TABLE message_ack
(
  message_id BIGINT      NOT NULL,
  member_id  BIGINT      NOT NULL,
  acked_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (message_id, member_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Photos and documents posted in a conversation, type checked by content.
CREATE TABLE attachment
(
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  conversation_id BIGINT       NOT NULL,
  uploader_id     BIGINT       NOT NULL,
  file_name       VARCHAR(200) NOT NULL,
  content_type    VARCHAR(100) NOT NULL,
  size            INT          NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  content         LONGBLOB     NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX attachment_by_conversation (conversation_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
