-- 保険情報: the patient's health insurance as the card shows it (保険者番号, 記号, 番号, 枝番); JP-CLINS documents
-- name the patient by it (JP_Insurance_memberID). Optional: a patient may be registered before the card is at hand.
ALTER TABLE patient
  ADD COLUMN insurer_number VARCHAR(8)  NULL,
  ADD COLUMN insured_symbol VARCHAR(40) NULL,
  ADD COLUMN insured_number VARCHAR(40) NULL,
  ADD COLUMN insured_branch CHAR(2)     NULL;
