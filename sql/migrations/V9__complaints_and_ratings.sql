-- Complaints (投诉, engine: complaints/) and satisfaction ratings (好差评, engine: satisfaction/), domain.md §5.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.

-- One complaint, from the portal (WEB) or recorded by staff from a phone call or a visit. The county supervision
-- bureau (bureau_code, a supervision department of region_code) registers, accepts or rejects and routes it; the
-- responsible department (department_code, known at filing or set when routed) reports its result.
CREATE TABLE complaint (
  complaint_no         VARCHAR(40)   NOT NULL,
  query_code           VARCHAR(12)   NOT NULL,
  channel              VARCHAR(8)    NOT NULL,
  complainant_name     VARCHAR(100),
  complainant_phone    VARCHAR(20),
  case_no              VARCHAR(40),
  department_code      VARCHAR(32),
  staff_name           VARCHAR(100),
  region_code          VARCHAR(32)   NOT NULL,
  bureau_code          VARCHAR(32)   NOT NULL,
  subject              VARCHAR(200)  NOT NULL,
  content              VARCHAR(4000) NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  -- The account that filed it online or the member of staff who recorded it; null for an anonymous filing.
  filed_by             VARCHAR(64),
  filed_at             TIMESTAMP     NOT NULL,
  acceptance_due       DATE,
  acceptance_overdue   BOOLEAN       NOT NULL,
  escalated            BOOLEAN       NOT NULL,
  decided_at           TIMESTAMP,
  decided_by           VARCHAR(64),
  decision_reason      VARCHAR(1000),
  routed_at            TIMESTAMP,
  routed_by            VARCHAR(64),
  handling_due         DATE,
  handling_overdue     BOOLEAN       NOT NULL,
  result               VARCHAR(4000),
  result_at            TIMESTAMP,
  result_by            VARCHAR(64),
  closed_at            TIMESTAMP,
  rating               VARCHAR(24),
  rating_comment       VARCHAR(1000),
  rated_at             TIMESTAMP,
  process_instance_id  VARCHAR(64),
  CONSTRAINT pk_complaint PRIMARY KEY (complaint_no),
  CONSTRAINT fk_complaint_department FOREIGN KEY (department_code) REFERENCES org_department (code),
  CONSTRAINT fk_complaint_bureau FOREIGN KEY (bureau_code) REFERENCES org_department (code),
  CONSTRAINT ck_complaint_channel CHECK (channel IN ('WEB', 'PHONE', 'VISIT')),
  CONSTRAINT ck_complaint_status CHECK (status IN ('REGISTERED', 'ACCEPTED', 'ROUTED', 'REJECTED', 'HANDLED')),
  CONSTRAINT ck_complaint_rating CHECK (rating IS NULL OR rating IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED',
    'DISSATISFIED', 'VERY_DISSATISFIED'))
);

CREATE INDEX ix_complaint_department_status ON complaint (department_code, status);
CREATE INDEX ix_complaint_region_status ON complaint (region_code, status);
CREATE INDEX ix_complaint_case ON complaint (case_no);
CREATE INDEX ix_complaint_filed_by ON complaint (filed_by);
CREATE INDEX ix_complaint_phone ON complaint (complainant_phone);

-- What happened to a complaint, oldest first.
CREATE TABLE complaint_event (
  id            BIGINT        AUTO_INCREMENT NOT NULL,
  complaint_no  VARCHAR(40)   NOT NULL,
  event_at      TIMESTAMP     NOT NULL,
  kind          VARCHAR(32)   NOT NULL,
  actor         VARCHAR(64)   NOT NULL,
  detail        VARCHAR(2000),
  CONSTRAINT pk_complaint_event PRIMARY KEY (id),
  CONSTRAINT fk_complaint_event_complaint FOREIGN KEY (complaint_no) REFERENCES complaint (complaint_no)
);

CREATE INDEX ix_complaint_event_complaint ON complaint_event (complaint_no, id);

-- One row per day; taking a number increments last_no under the row's lock (ComplaintNumbers).
CREATE TABLE complaint_number_counter (
  counter_day DATE NOT NULL,
  last_no     INT  NOT NULL,
  CONSTRAINT pk_complaint_number_counter PRIMARY KEY (counter_day)
);

-- One rating per closed case (the primary key makes a second one fail even when two arrive at once). A rating by
-- staff of the handling department is a self-rating (S1 11(9)). A bad rating gets a follow-up (call-back and fix)
-- within 15 working days.
CREATE TABLE case_rating (
  case_no              VARCHAR(40)   NOT NULL,
  department_code      VARCHAR(32)   NOT NULL,
  level                VARCHAR(24)   NOT NULL,
  rating_comment       VARCHAR(1000),
  rated_by             VARCHAR(64),
  self_rating          BOOLEAN       NOT NULL,
  rated_at             TIMESTAMP     NOT NULL,
  follow_up_status     VARCHAR(8),
  follow_up_due        DATE,
  follow_up_overdue    BOOLEAN       NOT NULL,
  callback_note        VARCHAR(1000),
  fix_note             VARCHAR(1000),
  followed_up_at       TIMESTAMP,
  followed_up_by       VARCHAR(64),
  process_instance_id  VARCHAR(64),
  CONSTRAINT pk_case_rating PRIMARY KEY (case_no),
  CONSTRAINT fk_case_rating_case FOREIGN KEY (case_no) REFERENCES case_file (case_no),
  CONSTRAINT fk_case_rating_department FOREIGN KEY (department_code) REFERENCES org_department (code),
  CONSTRAINT ck_case_rating_level CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED',
    'DISSATISFIED', 'VERY_DISSATISFIED')),
  CONSTRAINT ck_case_rating_follow_up CHECK (follow_up_status IS NULL OR follow_up_status IN ('OPEN', 'DONE'))
);

CREATE INDEX ix_case_rating_department ON case_rating (department_code, rated_at);
CREATE INDEX ix_case_rating_follow_up ON case_rating (department_code, follow_up_status);
