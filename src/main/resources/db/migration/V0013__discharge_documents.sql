-- JP-CLINS 退院時サマリー describes a discharge that happened: its actual date, recorded at completion (the sheet
-- keeps the planned one). And the documents a received 診療情報提供書 carried (DocumentReference with inline data:
-- a PDF of the clinical course, an image), kept with the draft they filled.
ALTER TABLE handoff ADD COLUMN discharged_on DATE NULL;

CREATE TABLE handoff_document
(
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  handoff_id   BIGINT       NOT NULL,
  title        VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  content      LONGBLOB     NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX handoff_document_by_handoff (handoff_id),
  CONSTRAINT handoff_document_handoff FOREIGN KEY (handoff_id) REFERENCES handoff (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
