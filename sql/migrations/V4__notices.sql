-- PDF notices (engine: notices/): every issued document with its serial number (文号) and SHA-256, and the counters
-- that number them per agency, type and year. Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE notice_document (
  id          VARCHAR(36)  NOT NULL,
  type        VARCHAR(40)  NOT NULL,
  serial_no   VARCHAR(100) NOT NULL,
  agency_code VARCHAR(32)  NOT NULL,
  -- Licensing notices belong to a case; supervision notices may concern a department only.
  case_no     VARCHAR(64),
  title       VARCHAR(100) NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  size_bytes  INT          NOT NULL,
  -- LONGBLOB: MySQL's plain BLOB stops at 64 KB; H2 reads LONGBLOB as BLOB.
  pdf         LONGBLOB     NOT NULL,
  created_at  TIMESTAMP    NOT NULL,
  created_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_notice_document PRIMARY KEY (id),
  CONSTRAINT uq_notice_document_serial_no UNIQUE (serial_no),
  CONSTRAINT fk_notice_document_agency FOREIGN KEY (agency_code) REFERENCES org_department (code)
);

CREATE INDEX ix_notice_document_case_no ON notice_document (case_no);

-- One row per (agency, type, year); issuing increments last_no under the row's lock (NoticeSerials).
CREATE TABLE notice_serial (
  agency_code VARCHAR(32) NOT NULL,
  type        VARCHAR(40) NOT NULL,
  serial_year INT         NOT NULL,
  last_no     INT         NOT NULL,
  CONSTRAINT pk_notice_serial PRIMARY KEY (agency_code, type, serial_year)
);
