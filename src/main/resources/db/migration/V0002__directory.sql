-- Times are UTC in DATETIME(6): no session time-zone conversion and no 2038 limit.
-- 地区医師会: each administers its own area of the metropolis.
CREATE TABLE association
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  code       VARCHAR(32)  NOT NULL,
  name       VARCHAR(100) NOT NULL,
  name_kana  VARCHAR(200) NOT NULL,
  prefecture VARCHAR(10)  NOT NULL,
  phone      VARCHAR(20)  NULL,
  email      VARCHAR(254) NULL,
  created_at DATETIME(6) NOT NULL,
  version    BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY association_code (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 区市町村 covered by an association.
CREATE TABLE district
(
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  association_id BIGINT      NOT NULL,
  name           VARCHAR(50) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY district_name (association_id, name),
  CONSTRAINT district_association FOREIGN KEY (association_id) REFERENCES association (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE facility
(
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  association_id  BIGINT       NOT NULL,
  district_id     BIGINT       NULL,
  type            VARCHAR(40)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  name_kana       VARCHAR(300) NOT NULL,
  official_code   VARCHAR(20)  NULL,
  postal_code     VARCHAR(8)   NOT NULL,
  address         VARCHAR(300) NOT NULL,
  phone           VARCHAR(20)  NOT NULL,
  fax             VARCHAR(20)  NULL,
  email           VARCHAR(254) NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  applied_at      DATETIME(6) NOT NULL,
  decided_at      DATETIME(6) NULL,
  decided_by      BIGINT       NULL,
  decision_note   VARCHAR(500) NULL,
  status_reason   VARCHAR(500) NULL,
  created_at      DATETIME(6) NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  INDEX facility_by_association (association_id, status, name_kana),
  INDEX facility_by_kana (name_kana),
  CONSTRAINT facility_association FOREIGN KEY (association_id) REFERENCES association (id),
  CONSTRAINT facility_district FOREIGN KEY (district_id) REFERENCES district (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- (MEMBER is a reserved word in MySQL 8, hence the plural.)
-- A member belongs to one facility (the portal's operators to none). Detached members stay, with their history.
CREATE TABLE members
(
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  facility_id       BIGINT       NULL,
  login_id          VARCHAR(64)  NOT NULL,
  name              VARCHAR(100) NOT NULL,
  name_kana         VARCHAR(200) NOT NULL,
  profession        VARCHAR(40)  NOT NULL,
  email             VARCHAR(254) NOT NULL,
  phone             VARCHAR(20)  NULL,
  status            VARCHAR(20)  NOT NULL,
  status_reason     VARCHAR(500) NULL,
  facility_admin    BOOLEAN      NOT NULL,
  association_admin BOOLEAN      NOT NULL,
  system_admin      BOOLEAN      NOT NULL,
  created_at        DATETIME(6) NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  detached_at       DATETIME(6) NULL,
  version           BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY member_login (login_id),
  INDEX member_by_facility (facility_id, status, name_kana),
  INDEX member_by_kana (name_kana),
  CONSTRAINT member_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
