-- Backup beds: who at a hospital answers the requests (地域連携室), and requests that pass the 区's desk first in its
-- hours when the programme says so (decisions 22).
CREATE TABLE bed_hospital_responder
(
  hospital_id BIGINT NOT NULL,
  member_id   BIGINT NOT NULL,
  PRIMARY KEY (hospital_id, member_id),
  CONSTRAINT bed_hospital_responder_hospital FOREIGN KEY (hospital_id) REFERENCES bed_hospital (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE bed_request ADD COLUMN desk_facility_id BIGINT NULL, ADD COLUMN at_desk_since DATETIME(6) NULL;
