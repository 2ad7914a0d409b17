-- What each facility takes on (対応可能な医療・ケア), the districts it serves, its hours and whether it takes new patients
-- now, as its administrator declares it; the capability search reads these (issue 17).
CREATE TABLE capability_profile
(
  facility_id          BIGINT       NOT NULL,
  radius_km            INT          NULL,
  hours                VARCHAR(200) NULL,
  intake               VARCHAR(16)  NULL,
  intake_confirmed_at  DATETIME(6)  NULL,
  intake_confirmed_by  BIGINT       NULL,
  updated_at           DATETIME(6)  NOT NULL,
  updated_by           BIGINT       NULL,
  version              BIGINT       NOT NULL,
  PRIMARY KEY (facility_id),
  INDEX capability_profile_by_intake (intake, intake_confirmed_at),
  CONSTRAINT capability_profile_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per capability declared; the second index finds the facilities that declared a capability.
CREATE TABLE facility_capability
(
  facility_id BIGINT      NOT NULL,
  capability  VARCHAR(40) NOT NULL,
  PRIMARY KEY (facility_id, capability),
  INDEX facility_capability_by_capability (capability, facility_id),
  CONSTRAINT facility_capability_profile FOREIGN KEY (facility_id) REFERENCES capability_profile (facility_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The districts (of its association) a facility serves; none declared: it serves its own district.
CREATE TABLE facility_service_district
(
  facility_id BIGINT NOT NULL,
  district_id BIGINT NOT NULL,
  PRIMARY KEY (facility_id, district_id),
  INDEX facility_service_district_by_district (district_id, facility_id),
  CONSTRAINT facility_service_district_profile FOREIGN KEY (facility_id) REFERENCES capability_profile (facility_id),
  CONSTRAINT facility_service_district_district FOREIGN KEY (district_id) REFERENCES district (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The capability search looks among active facilities of the kinds that give care, in order of their reading.
CREATE INDEX facility_by_status_type ON facility (status, type, name_kana);
