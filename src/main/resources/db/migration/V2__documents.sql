-- Uploaded files of items. The bytes live in the data directory, addressed by their SHA-256;
-- the extracted text beside them. Statuses follow the API (pending until extraction ends).
CREATE TABLE document (
  id              CHAR(36)      NOT NULL,
  item_id         CHAR(36)      NOT NULL,
  filename        VARCHAR(255)  NOT NULL,
  title           VARCHAR(500),
  declared_language VARCHAR(10),
  media_type      VARCHAR(200)  NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  status_detail   VARCHAR(1000),
  language        VARCHAR(10),
  page_count      INT,
  doc_title       VARCHAR(1000),
  doc_author      VARCHAR(500),
  doc_created     VARCHAR(50),
  text_length     BIGINT,
  text_truncated  BOOLEAN       NOT NULL,
  owner           VARCHAR(64)   NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  updated_at      TIMESTAMP(3)  NOT NULL,
  extracted_at    TIMESTAMP(3),
  version         INT           NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE UNIQUE INDEX ux_document_item_sha256 ON document (item_id, sha256);
CREATE INDEX ix_document_sha256 ON document (sha256);
CREATE INDEX ix_document_status ON document (status);
