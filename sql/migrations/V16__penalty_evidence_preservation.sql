-- Evidence registered and preserved first (先行登记保存, APL 56; domain.md §3): where evidence may be lost or later hard
-- to obtain, officers preserve it with the head's approval and decide on it within 7 working days (engine:
-- penalty/EvidencePreservations, process penalty-evidence-preservation). Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE penalty_evidence_preservation (
  id                   VARCHAR(36)   NOT NULL,
  case_no              VARCHAR(40)   NOT NULL,
  -- The goods and documents preserved, one per line as the notice lists them.
  items                TEXT          NOT NULL,
  reason               VARCHAR(1000) NOT NULL,
  requested_by         VARCHAR(64)   NOT NULL,
  requested_at         TIMESTAMP     NOT NULL,
  approved_by          VARCHAR(64),
  approved_at          TIMESTAMP,
  approval_opinion     VARCHAR(1000),
  status               VARCHAR(12)   NOT NULL,
  decision_kind        VARCHAR(24),
  decision_note        VARCHAR(2000),
  decided_by           VARCHAR(64),
  decided_at           TIMESTAMP,
  -- The last working day of the 7 (set on approval); the decision is late after it.
  due_date             DATE,
  overdue              BOOLEAN       NOT NULL,
  process_instance_id  VARCHAR(64),
  CONSTRAINT pk_penalty_evidence_preservation PRIMARY KEY (id),
  CONSTRAINT fk_penalty_preservation_case FOREIGN KEY (case_no) REFERENCES penalty_case (case_no),
  CONSTRAINT ck_penalty_preservation_status CHECK (status IN ('REQUESTED', 'PRESERVED', 'REFUSED', 'DECIDED')),
  CONSTRAINT ck_penalty_preservation_decision CHECK (decision_kind IS NULL
    OR decision_kind IN ('RETURN', 'TESTING', 'CONFISCATION_PROPOSED', 'SEIZURE'))
);

CREATE INDEX ix_penalty_preservation_case ON penalty_evidence_preservation (case_no);
