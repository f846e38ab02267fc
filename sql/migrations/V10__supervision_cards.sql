-- Supervision cards (督办卡, engine: supervision/SupervisionCard*, Card*): one card per warning that opens one (yellow,
-- red, anomaly), its supervision-card process instance, its history and the supervision notices issued for it.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE supervision_card (
  id                   BIGINT        AUTO_INCREMENT NOT NULL,
  card_no              VARCHAR(40),
  -- The warning the card was opened for (warnings are another feature's table: no foreign key, so that either can
  -- be migrated first); unique, so that a warning published twice (a retried job) opens one card.
  warning_id           BIGINT        NOT NULL,
  -- The case may come from another department's own system (data exchange): no foreign key to case_file.
  case_no              VARCHAR(64)   NOT NULL,
  department_code      VARCHAR(32)   NOT NULL,
  -- The supervision bureau that reviews the card and issues its notices.
  bureau_code          VARCHAR(32)   NOT NULL,
  level                VARCHAR(12)   NOT NULL,
  kind                 VARCHAR(64)   NOT NULL,
  status               VARCHAR(24)   NOT NULL,
  -- What the department answered last: CONFIRM (整改说明) or APPEAL (申诉).
  answer               VARCHAR(12),
  explanation          VARCHAR(2000),
  rectification        VARCHAR(2000),
  appeal_reason        VARCHAR(2000),
  deadline             DATE,
  escalated            BOOLEAN       NOT NULL,
  rounds               INT           NOT NULL,
  outcome              VARCHAR(24),
  -- The accountability measures (S1 Art 13) the card closed with, comma-separated CardMeasure names.
  measures             VARCHAR(400),
  process_instance_id  VARCHAR(64),
  raised_at            TIMESTAMP     NOT NULL,
  opened_at            TIMESTAMP     NOT NULL,
  closed_at            TIMESTAMP,
  CONSTRAINT pk_supervision_card PRIMARY KEY (id),
  CONSTRAINT uq_supervision_card_warning UNIQUE (warning_id),
  CONSTRAINT uq_supervision_card_no UNIQUE (card_no),
  CONSTRAINT fk_supervision_card_department FOREIGN KEY (department_code) REFERENCES org_department (code),
  CONSTRAINT fk_supervision_card_bureau FOREIGN KEY (bureau_code) REFERENCES org_department (code),
  CONSTRAINT ck_supervision_card_level CHECK (level IN ('YELLOW', 'RED', 'ANOMALY')),
  CONSTRAINT ck_supervision_card_status CHECK (status IN ('OPENED', 'AWAITING_DEPARTMENT', 'AWAITING_REVIEW',
    'CLOSED')),
  CONSTRAINT ck_supervision_card_answer CHECK (answer IS NULL OR answer IN ('CONFIRM', 'APPEAL')),
  CONSTRAINT ck_supervision_card_outcome CHECK (outcome IS NULL OR outcome IN ('RECTIFIED', 'APPEAL_UPHELD',
    'CLOSED_AFTER_ESCALATION'))
);

CREATE INDEX ix_supervision_card_department_status ON supervision_card (department_code, status);
CREATE INDEX ix_supervision_card_case ON supervision_card (case_no);
CREATE INDEX ix_supervision_card_process_instance ON supervision_card (process_instance_id);

-- The card's history: opened, answered, escalated, reviewed, closed; who, when and what they wrote.
CREATE TABLE supervision_card_event (
  id        BIGINT        AUTO_INCREMENT NOT NULL,
  card_id   BIGINT        NOT NULL,
  event_at  TIMESTAMP     NOT NULL,
  kind      VARCHAR(24)   NOT NULL,
  actor     VARCHAR(64)   NOT NULL,
  opinion   VARCHAR(2000),
  detail    VARCHAR(2000),
  CONSTRAINT pk_supervision_card_event PRIMARY KEY (id),
  CONSTRAINT fk_supervision_card_event_card FOREIGN KEY (card_id) REFERENCES supervision_card (id)
);

CREATE INDEX ix_supervision_card_event_card ON supervision_card_event (card_id, id);

-- The supervision notices (监察提示单, 督办通知书, 监察建议书) issued for a card; the documents are notice_document rows.
-- id keeps the order of issue (notices issued within one second sort alike by date).
CREATE TABLE supervision_card_notice (
  id        BIGINT      AUTO_INCREMENT NOT NULL,
  card_id   BIGINT      NOT NULL,
  notice_id VARCHAR(36) NOT NULL,
  CONSTRAINT pk_supervision_card_notice PRIMARY KEY (id),
  CONSTRAINT uq_supervision_card_notice UNIQUE (card_id, notice_id),
  CONSTRAINT fk_supervision_card_notice_card FOREIGN KEY (card_id) REFERENCES supervision_card (id),
  CONSTRAINT fk_supervision_card_notice_notice FOREIGN KEY (notice_id) REFERENCES notice_document (id)
);
