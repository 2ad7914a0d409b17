-- A member's password and second factor; no row until the member has activated the account.
CREATE TABLE credential
(
  member_id           BIGINT       NOT NULL,
  password_hash       VARCHAR(200) NOT NULL,
  password_changed_at DATETIME(6) NOT NULL,
  totp_secret         VARCHAR(200) NULL,
  totp_enabled_at     DATETIME(6) NULL,
  totp_last_step      BIGINT       NULL,
  failed_attempts     INT          NOT NULL DEFAULT 0,
  locked_until        DATETIME(6) NULL,
  last_login_at       DATETIME(6) NULL,
  version             BIGINT       NOT NULL,
  PRIMARY KEY (member_id),
  CONSTRAINT credential_member FOREIGN KEY (member_id) REFERENCES members (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  member_id  BIGINT       NOT NULL,
  code_hash  CHAR(64)     NOT NULL,
  used_at    DATETIME(6) NULL,
  PRIMARY KEY (id),
  INDEX recovery_code_by_member (member_id),
  CONSTRAINT recovery_code_member FOREIGN KEY (member_id) REFERENCES members (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time links: account activation and password reset. Only a hash of the token is kept.
CREATE TABLE account_token
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  member_id  BIGINT       NOT NULL,
  purpose    VARCHAR(20)  NOT NULL,
  token_hash CHAR(64)     NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY account_token_hash (token_hash),
  INDEX account_token_by_member (member_id),
  CONSTRAINT account_token_member FOREIGN KEY (member_id) REFERENCES members (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
