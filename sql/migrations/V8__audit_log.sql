-- The audit trail (engine: audit/): an append-only, hash-chained log of every action. Each row's hash is the
-- SHA-256 of the previous row's hash and the row's own canonical content (AuditChain), so that a changed, deleted or
-- reordered row breaks the chain. Ids are given out by the chain head, one after the other, with no gaps.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE audit_log (
  id          BIGINT        NOT NULL,
  -- Whole seconds of the platform clock (MySQL drops fractions with sendFractionalSeconds=false).
  occurred_at TIMESTAMP     NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  action      VARCHAR(60)   NOT NULL,
  case_no     VARCHAR(64),
  object_id   VARCHAR(200),
  http_method VARCHAR(10),
  path        VARCHAR(300),
  status      INT,
  outcome     VARCHAR(16)   NOT NULL,
  detail      VARCHAR(1000),
  prev_hash   CHAR(64)      NOT NULL,
  hash        CHAR(64)      NOT NULL,
  CONSTRAINT pk_audit_log PRIMARY KEY (id)
);

CREATE INDEX ix_audit_log_actor ON audit_log (actor, occurred_at);
CREATE INDEX ix_audit_log_case_no ON audit_log (case_no);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at);

-- The one chain head: appending updates it first, so its row lock serialises writers on every node; it also records
-- the last id and hash, so that deleting the newest rows is detected too.
CREATE TABLE audit_chain_head (
  id        INT      NOT NULL,
  last_id   BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The auditor archive verifies an uploaded PDF by looking its SHA-256 up among the issued notices.
CREATE INDEX ix_notice_document_sha256 ON notice_document (sha256);
CREATE INDEX ix_notice_document_created_at ON notice_document (created_at);
