-- The period bulletins (通报) the supervision bureau has issued: one notice (serial number, SHA-256, stored PDF) per
-- region, period and set of figures. Opening a bulletin again serves the one issued for the same figures instead of
-- numbering a new document; a new bulletin is issued only when the figures changed (a late fact, a rebuild, new
-- weights), and only by the bureau or an administrator: auditors read what was issued.
CREATE TABLE score_bulletin (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  period           VARCHAR(7)   NOT NULL,
  region_code      VARCHAR(32)  NOT NULL,
  -- SHA-256 of the ranking the bulletin shows (departments, figures, scores, grades, ranks).
  figures_sha256   CHAR(64)     NOT NULL,
  notice_id        VARCHAR(36)  NOT NULL,
  issued_at        TIMESTAMP    NOT NULL,
  issued_by        VARCHAR(64)  NOT NULL,
  CONSTRAINT uq_score_bulletin UNIQUE (period, region_code, figures_sha256)
);

CREATE INDEX ix_score_bulletin_period ON score_bulletin (period, region_code, issued_at);
