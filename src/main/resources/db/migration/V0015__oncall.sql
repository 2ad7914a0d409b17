-- 24時間の診療体制: cover agreements (主治医・副主治医 pairs, district rota pools), absences, the rota, the brief
-- chosen per patient, the calls taken at night and the morning reports (decisions 21).

-- A district's rota pool (輪番), run by its association.
CREATE TABLE cover_pool
(
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  association_id BIGINT       NOT NULL,
  district_id    BIGINT       NOT NULL,
  name           VARCHAR(200) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY cover_pool_district (district_id),
  INDEX cover_pool_by_association (association_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A pair agreement (the covering facility accepts) or a facility's place in a pool (the association accepts).
CREATE TABLE cover_agreement
(
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  kind                  VARCHAR(10)  NOT NULL,
  association_id        BIGINT       NOT NULL,
  principal_facility_id BIGINT       NOT NULL,
  covering_facility_id  BIGINT       NULL,
  pool_id               BIGINT       NULL,
  nights                BOOLEAN      NOT NULL,
  holidays              BOOLEAN      NOT NULL,
  absences              BOOLEAN      NOT NULL,
  all_patients          BOOLEAN      NOT NULL,
  max_patients          INT          NOT NULL,
  note                  VARCHAR(500) NULL,
  status                VARCHAR(12)  NOT NULL,
  proposed_by           BIGINT       NOT NULL,
  proposed_at           DATETIME(6)  NOT NULL,
  decided_by            BIGINT       NULL,
  decided_at            DATETIME(6)  NULL,
  ended_at              DATETIME(6)  NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX cover_agreement_by_principal (principal_facility_id, status),
  INDEX cover_agreement_by_covering (covering_facility_id, status),
  INDEX cover_agreement_by_pool (pool_id, status),
  INDEX cover_agreement_by_association (association_id, status),
  CONSTRAINT cover_agreement_pool FOREIGN KEY (pool_id) REFERENCES cover_pool (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cover_agreement_patient
(
  agreement_id BIGINT NOT NULL,
  patient_id   BIGINT NOT NULL,
  PRIMARY KEY (agreement_id, patient_id),
  CONSTRAINT cover_agreement_patient_agreement FOREIGN KEY (agreement_id) REFERENCES cover_agreement (id),
  CONSTRAINT cover_agreement_patient_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The 主治医 is away (学会・休暇 …); a doctor of the pair's covering facility answers for the period.
CREATE TABLE cover_absence
(
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  agreement_id          BIGINT       NOT NULL,
  principal_member_id   BIGINT       NOT NULL,
  principal_facility_id BIGINT       NOT NULL,
  covering_member_id    BIGINT       NOT NULL,
  starts_at             DATETIME(6)  NOT NULL,
  ends_at               DATETIME(6)  NOT NULL,
  reason                VARCHAR(20)  NOT NULL,
  note                  VARCHAR(500) NULL,
  all_patients          BOOLEAN      NOT NULL,
  status                VARCHAR(12)  NOT NULL,
  declared_at           DATETIME(6)  NOT NULL,
  decided_at            DATETIME(6)  NULL,
  decided_by            BIGINT       NULL,
  briefs_checked_at     DATETIME(6)  NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX cover_absence_by_principal (principal_member_id, starts_at),
  INDEX cover_absence_by_covering (covering_member_id, status, starts_at),
  INDEX cover_absence_by_facility (principal_facility_id, status, ends_at),
  CONSTRAINT cover_absence_agreement FOREIGN KEY (agreement_id) REFERENCES cover_agreement (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cover_absence_patient
(
  absence_id BIGINT NOT NULL,
  patient_id BIGINT NOT NULL,
  PRIMARY KEY (absence_id, patient_id),
  CONSTRAINT cover_absence_patient_absence FOREIGN KEY (absence_id) REFERENCES cover_absence (id),
  CONSTRAINT cover_absence_patient_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One slot of a pool's rota: who answers second call (and the backup) from starts_at to ends_at. No doctor: a gap.
CREATE TABLE rota_slot
(
  id                 BIGINT      NOT NULL AUTO_INCREMENT,
  pool_id            BIGINT      NOT NULL,
  starts_at          DATETIME(6) NOT NULL,
  ends_at            DATETIME(6) NOT NULL,
  covering_member_id BIGINT      NULL,
  backup_member_id   BIGINT      NULL,
  assigned_by        BIGINT      NULL,
  assigned_at        DATETIME(6) NULL,
  version            BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY rota_slot_start (pool_id, starts_at),
  INDEX rota_slot_by_covering (covering_member_id, starts_at),
  INDEX rota_slot_by_backup (backup_member_id, starts_at),
  CONSTRAINT rota_slot_pool FOREIGN KEY (pool_id) REFERENCES cover_pool (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The brief a covering doctor gets of this patient: full (from the summary) or minimal (name, address, phone).
CREATE TABLE cover_brief_choice
(
  patient_id BIGINT      NOT NULL,
  minimal    BOOLEAN     NOT NULL,
  chosen_by  BIGINT      NOT NULL,
  chosen_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (patient_id),
  CONSTRAINT cover_brief_choice_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The morning report (朝の報告) of one cover period to one 主治医; released when the period ends, then confirmed.
CREATE TABLE cover_report
(
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  principal_member_id BIGINT       NOT NULL,
  covering_member_id  BIGINT       NOT NULL,
  period_kind         VARCHAR(10)  NOT NULL,
  period_source_id    BIGINT       NOT NULL,
  period_start        DATETIME(6)  NOT NULL,
  period_end          DATETIME(6)  NOT NULL,
  released_at         DATETIME(6)  NULL,
  confirmed_at        DATETIME(6)  NULL,
  confirmed_by        BIGINT       NULL,
  reminded_at         DATETIME(6)  NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY cover_report_period (principal_member_id, covering_member_id, period_kind, period_source_id, period_end),
  INDEX cover_report_open (released_at, confirmed_at, period_end),
  INDEX cover_report_by_principal (principal_member_id, period_end)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A call the covering doctor took (time, who called, what was done).
CREATE TABLE cover_call
(
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  report_id           BIGINT        NOT NULL,
  patient_id          BIGINT        NOT NULL,
  association_id      BIGINT        NOT NULL,
  covering_member_id  BIGINT        NOT NULL,
  called_at           DATETIME(6)   NOT NULL,
  caller              VARCHAR(20)   NOT NULL,
  outcome             VARCHAR(20)   NOT NULL,
  note                VARCHAR(2000) NULL,
  recorded_at         DATETIME(6)   NOT NULL,
  recorded_by         BIGINT        NOT NULL,
  PRIMARY KEY (id),
  INDEX cover_call_by_report (report_id, called_at),
  INDEX cover_call_by_patient (patient_id, called_at),
  INDEX cover_call_by_association (association_id, called_at),
  CONSTRAINT cover_call_report FOREIGN KEY (report_id) REFERENCES cover_report (id),
  CONSTRAINT cover_call_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
