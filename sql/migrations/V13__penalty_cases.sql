-- Administrative penalty cases (engine: penalty/; domain.md §3). A penalty case is a case_file row like any other
-- (number, department, party as the "applicant", timeline, notices), so it shows in case lists, supervision and
-- scores; what only penalties have lives here. Portable across H2 and MySQL 8 / MariaDB 10.11.

INSERT INTO acct_role (code, name_zh, name_en, staff) VALUES
  ('penalty-officer', '执法人员', 'Law-enforcement officer', TRUE),
  ('legal-reviewer',  '法制审核', 'Legal reviewer',          TRUE);

-- Law-enforcement certificates (执法证, APL 42): only certified officers investigate.
CREATE TABLE penalty_officer (
  username        VARCHAR(64)  NOT NULL,
  certificate_no  VARCHAR(40)  NOT NULL,
  valid_until     DATE         NOT NULL,
  registered_at   TIMESTAMP    NOT NULL,
  registered_by   VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_penalty_officer PRIMARY KEY (username),
  CONSTRAINT uq_penalty_officer_certificate UNIQUE (certificate_no),
  CONSTRAINT fk_penalty_officer_user FOREIGN KEY (username) REFERENCES acct_user (username)
);

CREATE TABLE penalty_case (
  case_no                  VARCHAR(40)   NOT NULL,
  procedure_kind           VARCHAR(12)   NOT NULL,
  legal_basis              VARCHAR(32)   NOT NULL,
  party_type               VARCHAR(12)   NOT NULL,
  facts                    VARCHAR(4000) NOT NULL,
  stage                    VARCHAR(24)   NOT NULL,
  opened_at                TIMESTAMP,
  opening_approved_by      VARCHAR(64),
  major                    BOOLEAN       NOT NULL,
  complex                  BOOLEAN       NOT NULL,
  goods_value              DECIMAL(14,2),
  liability_outcome        VARCHAR(16),
  outcome_benchmark_version INT,
  band_benchmark_version   INT,
  statutory_min            DECIMAL(14,2),
  statutory_max            DECIMAL(14,2),
  band_min                 DECIMAL(14,2),
  band_max                 DECIMAL(14,2),
  proposed_kind            VARCHAR(12),
  proposed_fine            DECIMAL(14,2),
  out_of_band_reason       VARCHAR(2000),
  head_outcome             VARCHAR(16),
  legal_review_opinion     VARCHAR(2000),
  legal_reviewed_by        VARCHAR(64),
  notified_kind            VARCHAR(12),
  notified_fine            DECIMAL(14,2),
  prior_notice_at          TIMESTAMP,
  statement_due            DATE,
  statement_status         VARCHAR(16),
  heard                    BOOLEAN       NOT NULL,
  -- The 90-day limit (APL 60) is case_file.statutory_deadline: calendar days from opening, plus these.
  paused_days              INT           NOT NULL,
  extension_days           INT           NOT NULL,
  extension_approved_by    VARCHAR(64),
  decided_kind             VARCHAR(12),
  decided_fine             DECIMAL(14,2),
  decided_at               TIMESTAMP,
  decided_by               VARCHAR(64),
  delivery_method          VARCHAR(16),
  delivered_at             TIMESTAMP,
  payment_due              DATE,
  demand_issued_at         TIMESTAMP,
  paid_total               DECIMAL(14,2),
  paid_at                  TIMESTAMP,
  closed_outcome           VARCHAR(16),
  CONSTRAINT pk_penalty_case PRIMARY KEY (case_no),
  CONSTRAINT fk_penalty_case_case FOREIGN KEY (case_no) REFERENCES case_file (case_no),
  CONSTRAINT ck_penalty_case_procedure CHECK (procedure_kind IN ('SIMPLIFIED', 'GENERAL')),
  CONSTRAINT ck_penalty_case_party CHECK (party_type IN ('PERSON', 'ORGANISATION')),
  CONSTRAINT ck_penalty_case_fines CHECK (decided_fine IS NULL OR notified_fine IS NULL OR decided_fine <= notified_fine)
);

CREATE INDEX ix_penalty_case_stage ON penalty_case (stage);

-- The officers on a case (at least two certified ones, APL 42, 55).
CREATE TABLE penalty_case_officer (
  case_no    VARCHAR(40) NOT NULL,
  username   VARCHAR(64) NOT NULL,
  CONSTRAINT pk_penalty_case_officer PRIMARY KEY (case_no, username),
  CONSTRAINT fk_penalty_case_officer_case FOREIGN KEY (case_no) REFERENCES penalty_case (case_no),
  CONSTRAINT fk_penalty_case_officer_user FOREIGN KEY (username) REFERENCES penalty_officer (username)
);

-- Evidence records (询问笔录, 现场检查笔录, 抽样记录 ...), each taken by two officers.
CREATE TABLE penalty_evidence (
  id            VARCHAR(36)   NOT NULL,
  case_no       VARCHAR(40)   NOT NULL,
  kind          VARCHAR(24)   NOT NULL,
  description   VARCHAR(2000) NOT NULL,
  collected_at  TIMESTAMP     NOT NULL,
  collected_by  VARCHAR(64)   NOT NULL,
  second_officer VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_penalty_evidence PRIMARY KEY (id),
  CONSTRAINT fk_penalty_evidence_case FOREIGN KEY (case_no) REFERENCES penalty_case (case_no)
);

CREATE INDEX ix_penalty_evidence_case ON penalty_evidence (case_no);

-- The party's statements, defences, waivers and hearing requests (陈述申辩, APL 44, 45, 63).
CREATE TABLE penalty_statement (
  id           VARCHAR(36)   NOT NULL,
  case_no      VARCHAR(40)   NOT NULL,
  kind         VARCHAR(16)   NOT NULL,
  content      VARCHAR(4000) NOT NULL,
  recorded_at  TIMESTAMP     NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_penalty_statement PRIMARY KEY (id),
  CONSTRAINT fk_penalty_statement_case FOREIGN KEY (case_no) REFERENCES penalty_case (case_no)
);

CREATE INDEX ix_penalty_statement_case ON penalty_statement (case_no);

CREATE TABLE penalty_hearing (
  case_no          VARCHAR(40)   NOT NULL,
  requested_at     TIMESTAMP     NOT NULL,
  scheduled_for    TIMESTAMP,
  place            VARCHAR(200),
  host             VARCHAR(64),
  held_at          TIMESTAMP,
  record           VARCHAR(4000),
  CONSTRAINT pk_penalty_hearing PRIMARY KEY (case_no),
  CONSTRAINT fk_penalty_hearing_case FOREIGN KEY (case_no) REFERENCES penalty_case (case_no)
);

-- Time the 90-day limit does not count (hearing, public notice, testing, inspection, appraisal; APL 60).
CREATE TABLE penalty_pause (
  id          VARCHAR(36)   NOT NULL,
  case_no     VARCHAR(40)   NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  reason      VARCHAR(1000) NOT NULL,
  started_at  TIMESTAMP     NOT NULL,
  ended_at    TIMESTAMP,
  paused_days INT,
  CONSTRAINT pk_penalty_pause PRIMARY KEY (id),
  CONSTRAINT fk_penalty_pause_case FOREIGN KEY (case_no) REFERENCES penalty_case (case_no)
);

CREATE INDEX ix_penalty_pause_case ON penalty_pause (case_no);

-- Fine payments as recorded on the case (penalty/FinePayments), until the fee ledger takes them over.
CREATE TABLE penalty_fine_payment (
  id           VARCHAR(36)   NOT NULL,
  case_no      VARCHAR(40)   NOT NULL,
  principal    DECIMAL(14,2) NOT NULL,
  surcharge    DECIMAL(14,2) NOT NULL,
  paid_at      TIMESTAMP     NOT NULL,
  method       VARCHAR(16)   NOT NULL,
  reference    VARCHAR(64)   NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_penalty_fine_payment PRIMARY KEY (id),
  CONSTRAINT fk_penalty_fine_payment_case FOREIGN KEY (case_no) REFERENCES penalty_case (case_no)
);

CREATE INDEX ix_penalty_fine_payment_case ON penalty_fine_payment (case_no);
