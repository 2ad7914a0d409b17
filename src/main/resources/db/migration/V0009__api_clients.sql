-- Programs that use the API (a hospital's information system, an integrator's app), registered by an
-- association for one of its facilities. Each acts through a member row of status SYSTEM in that facility,
-- so what it does has an author like anything a person does; that member cannot log in and gets no notices.
CREATE TABLE api_client
(
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  client_id       VARCHAR(100) NOT NULL,
  name            VARCHAR(100) NOT NULL,
  facility_id     BIGINT       NOT NULL,
  association_id  BIGINT       NOT NULL,
  member_id       BIGINT       NOT NULL,
  scopes          VARCHAR(500) NOT NULL,
  secret_hash     VARCHAR(200) NULL,
  external_issuer VARCHAR(500) NULL,
  status          VARCHAR(10)  NOT NULL,
  created_by      BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  secret_set_at   DATETIME(6)  NULL,
  revoked_at      DATETIME(6)  NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY api_client_client_id (client_id),
  INDEX api_client_by_association (association_id, status),
  CONSTRAINT api_client_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
  CONSTRAINT api_client_member FOREIGN KEY (member_id) REFERENCES members (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key that signs the portal's access tokens, shared by all nodes; the private JWK encrypted at rest.
CREATE TABLE signing_key
(
  kid         VARCHAR(64)  NOT NULL,
  private_jwk TEXT         NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  retired_at  DATETIME(6)  NULL,
  PRIMARY KEY (kid)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
