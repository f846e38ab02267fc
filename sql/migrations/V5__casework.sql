-- Licensing casework (engine: casework/, posts/): cases with their legal clocks, participating departments of joint
-- cases, uploaded materials, the timeline, special-procedure pauses, case-number counters and AB posts.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE case_file (
  case_no              VARCHAR(40)   NOT NULL,
  query_code           VARCHAR(12)   NOT NULL,
  item_code            VARCHAR(64)   NOT NULL,
  item_version         INT           NOT NULL,
  item_name            VARCHAR(200)  NOT NULL,
  department_code      VARCHAR(32)   NOT NULL,
  region_code          VARCHAR(32)   NOT NULL,
  joint                BOOLEAN       NOT NULL,
  on_the_spot          BOOLEAN       NOT NULL,
  channel              VARCHAR(10)   NOT NULL,
  applicant_name       VARCHAR(200)  NOT NULL,
  applicant_type       VARCHAR(12)   NOT NULL,
  applicant_id_no      VARCHAR(40)   NOT NULL,
  applicant_phone      VARCHAR(20)   NOT NULL,
  -- The account that applied online, or the clerk who recorded a walk-in application.
  created_by           VARCHAR(64)   NOT NULL,
  form_data            VARCHAR(8000) NOT NULL,
  process_instance_id  VARCHAR(64),
  status               VARCHAR(24)   NOT NULL,
  decision             VARCHAR(12),
  received_at          TIMESTAMP     NOT NULL,
  accepted_at          TIMESTAMP,
  deemed_accepted      BOOLEAN       NOT NULL,
  promised_limit_days  INT           NOT NULL,
  statutory_limit_days INT           NOT NULL,
  limit_unit           VARCHAR(16)   NOT NULL,
  promised_deadline    DATE,
  statutory_deadline   DATE,
  paused_working_days  INT           NOT NULL,
  correction_count     INT           NOT NULL,
  correction_deadline  DATE,
  extension_days       INT,
  extension_reason     VARCHAR(1000),
  extension_status     VARCHAR(12),
  extension_approved_by VARCHAR(64),
  extension_approved_at TIMESTAMP,
  fee_amount           DECIMAL(14,2),
  fee_receipt_no       VARCHAR(64),
  fee_paid_at          TIMESTAMP,
  decided_at           TIMESTAMP,
  certificate_no       VARCHAR(64),
  certificate_valid_from  DATE,
  certificate_valid_until DATE,
  certificate_issued_at TIMESTAMP,
  delivery_method      VARCHAR(12),
  delivered_at         TIMESTAMP,
  closed_at            TIMESTAMP,
  CONSTRAINT pk_case_file PRIMARY KEY (case_no),
  CONSTRAINT fk_case_file_department FOREIGN KEY (department_code) REFERENCES org_department (code),
  CONSTRAINT ck_case_file_status CHECK (status IN ('RECEIVED', 'CORRECTION_REQUESTED', 'IN_PROGRESS', 'PAUSED',
    'DECIDED', 'CLOSED', 'NOT_ACCEPTED')),
  CONSTRAINT ck_case_file_decision CHECK (decision IS NULL OR decision IN ('APPROVED', 'REFUSED'))
);

CREATE INDEX ix_case_file_department_status ON case_file (department_code, status);
CREATE INDEX ix_case_file_created_by ON case_file (created_by);
CREATE INDEX ix_case_file_applicant_phone ON case_file (applicant_phone);
CREATE INDEX ix_case_file_received_at ON case_file (received_at);
-- Every task shown or completed finds its case through its process instance.
CREATE INDEX ix_case_file_process_instance ON case_file (process_instance_id);

-- Departments taking part in a case: the lead one and, for joint approval (并联审批), the co-departments with the
-- sub-limit each has inside the whole.
CREATE TABLE case_participant (
  case_no          VARCHAR(40) NOT NULL,
  department_code  VARCHAR(32) NOT NULL,
  is_lead          BOOLEAN     NOT NULL,
  sub_limit_days   INT,
  sub_deadline     DATE,
  opinion          VARCHAR(2000),
  outcome          VARCHAR(12),
  CONSTRAINT pk_case_participant PRIMARY KEY (case_no, department_code),
  CONSTRAINT fk_case_participant_case FOREIGN KEY (case_no) REFERENCES case_file (case_no),
  CONSTRAINT fk_case_participant_department FOREIGN KEY (department_code) REFERENCES org_department (code)
);

CREATE INDEX ix_case_participant_department ON case_participant (department_code);

-- Uploaded materials; the bytes live in the content-addressed material store under their SHA-256.
CREATE TABLE case_material (
  id              VARCHAR(36)  NOT NULL,
  case_no         VARCHAR(40)  NOT NULL,
  material_index  INT          NOT NULL,
  material_name   VARCHAR(300) NOT NULL,
  file_name       VARCHAR(120) NOT NULL,
  content_type    VARCHAR(40)  NOT NULL,
  size_bytes      INT          NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  uploaded_at     TIMESTAMP    NOT NULL,
  uploaded_by     VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_case_material PRIMARY KEY (id),
  CONSTRAINT fk_case_material_case FOREIGN KEY (case_no) REFERENCES case_file (case_no)
);

CREATE INDEX ix_case_material_case ON case_material (case_no);

CREATE TABLE case_event (
  id          BIGINT        AUTO_INCREMENT NOT NULL,
  case_no     VARCHAR(40)   NOT NULL,
  event_at    TIMESTAMP     NOT NULL,
  kind        VARCHAR(40)   NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  step        VARCHAR(40),
  outcome     VARCHAR(24),
  opinion     VARCHAR(2000),
  detail      VARCHAR(2000),
  anomaly     BOOLEAN       NOT NULL,
  CONSTRAINT pk_case_event PRIMARY KEY (id),
  CONSTRAINT fk_case_event_case FOREIGN KEY (case_no) REFERENCES case_file (case_no)
);

CREATE INDEX ix_case_event_case ON case_event (case_no, id);
CREATE INDEX ix_case_event_kind_at ON case_event (kind, event_at);

-- Special procedures (特殊程序, ALL 45): the legal clock stands still from started_at to ended_at.
CREATE TABLE case_pause (
  id                    VARCHAR(36)   NOT NULL,
  case_no               VARCHAR(40)   NOT NULL,
  kind                  VARCHAR(24)   NOT NULL,
  reason                VARCHAR(1000) NOT NULL,
  expected_working_days INT           NOT NULL,
  started_at            TIMESTAMP     NOT NULL,
  started_by            VARCHAR(64)   NOT NULL,
  ended_at              TIMESTAMP,
  ended_by              VARCHAR(64),
  paused_working_days   INT,
  CONSTRAINT pk_case_pause PRIMARY KEY (id),
  CONSTRAINT fk_case_pause_case FOREIGN KEY (case_no) REFERENCES case_file (case_no)
);

CREATE INDEX ix_case_pause_case ON case_pause (case_no);

-- One row per (department, day); taking a number increments last_no under the row's lock (CaseNumbers).
CREATE TABLE case_number_counter (
  department_code VARCHAR(32) NOT NULL,
  counter_day     DATE        NOT NULL,
  last_no         INT         NOT NULL,
  CONSTRAINT pk_case_number_counter PRIMARY KEY (department_code, counter_day)
);

-- AB posts (AB岗): a post's designated backup acts on its tasks while it is marked absent.
CREATE TABLE acct_post (
  username        VARCHAR(64) NOT NULL,
  backup_username VARCHAR(64),
  absent          BOOLEAN     NOT NULL,
  updated_at      TIMESTAMP   NOT NULL,
  updated_by      VARCHAR(64) NOT NULL,
  CONSTRAINT pk_acct_post PRIMARY KEY (username),
  CONSTRAINT fk_acct_post_user FOREIGN KEY (username) REFERENCES acct_user (username),
  CONSTRAINT fk_acct_post_backup FOREIGN KEY (backup_username) REFERENCES acct_user (username)
);

CREATE INDEX ix_acct_post_backup ON acct_post (backup_username);
