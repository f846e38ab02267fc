-- E-supervision (engine: supervision/): the platform's own supervision facts, written in the engine's transaction from
-- its history events (source ENGINE) or later from other departments' systems through the data exchange (source
-- EXCHANGE), and the warnings raised from them exactly once per case, kind and deadline.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE supervision_fact (
  id              BIGINT        AUTO_INCREMENT NOT NULL,
  source          VARCHAR(12)   NOT NULL,
  -- What makes the fact the same when it arrives twice (a retried job, an exchange batch sent again).
  fact_key        VARCHAR(200)  NOT NULL,
  case_no         VARCHAR(40)   NOT NULL,
  department_code VARCHAR(32),
  item_code       VARCHAR(64),
  kind            VARCHAR(32)   NOT NULL,
  -- When it happened (for the exchange: as the department's system reports it) and when the platform learnt it.
  occurred_at     TIMESTAMP     NOT NULL,
  recorded_at     TIMESTAMP     NOT NULL,
  actor           VARCHAR(64),
  step            VARCHAR(64),
  -- The kind's details as a JSON object of strings (outcome, reasons, amount, deadline ...).
  payload         VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_supervision_fact PRIMARY KEY (id),
  CONSTRAINT uq_supervision_fact_key UNIQUE (source, fact_key),
  CONSTRAINT ck_supervision_fact_source CHECK (source IN ('ENGINE', 'EXCHANGE'))
);

CREATE INDEX ix_supervision_fact_case ON supervision_fact (case_no, kind);
CREATE INDEX ix_supervision_fact_department ON supervision_fact (department_code, occurred_at);

CREATE TABLE supervision_warning (
  id              BIGINT        AUTO_INCREMENT NOT NULL,
  case_no         VARCHAR(40)   NOT NULL,
  department_code VARCHAR(32)   NOT NULL,
  level           VARCHAR(10)   NOT NULL,
  kind            VARCHAR(40)   NOT NULL,
  -- The deadline the warning is about ('-' for an anomaly, which has none): with case_no and kind the key that
  -- raises each warning once, even with two nodes or a retried job (NULL would not be unique).
  deadline_key    VARCHAR(16)   NOT NULL,
  deadline        DATE,
  detail          VARCHAR(1000),
  fact_id         BIGINT,
  raised_at       TIMESTAMP     NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  status_at       TIMESTAMP     NOT NULL,
  status_by       VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_supervision_warning PRIMARY KEY (id),
  CONSTRAINT uq_supervision_warning_once UNIQUE (case_no, kind, deadline_key),
  CONSTRAINT ck_supervision_warning_level CHECK (level IN ('REMINDER', 'YELLOW', 'RED', 'ANOMALY')),
  CONSTRAINT ck_supervision_warning_status CHECK (status IN ('OPEN', 'HANDLING', 'CLOSED'))
);

CREATE INDEX ix_supervision_warning_department ON supervision_warning (department_code, raised_at);
CREATE INDEX ix_supervision_warning_case ON supervision_warning (case_no);
