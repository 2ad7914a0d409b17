-- 入院時情報提供書: the care plan (居宅サービス計画書) attached by the care manager, a PDF or image.
ALTER TABLE handoff
  ADD COLUMN care_plan_name VARCHAR(200) NULL,
  ADD COLUMN care_plan_type VARCHAR(100) NULL,
  ADD COLUMN care_plan      LONGBLOB     NULL;
