-- The item catalog (事项库): every administrative item in versions, with its 14 elements, limits, fees, materials,
-- procedure steps, applicant types and process parameters, plus the blank forms applicants download.
-- Portable across H2 and MySQL 8 / MariaDB 10.11: TEXT for long element texts (they would overflow MySQL's
-- 64 KB row limit as VARCHAR), MEDIUMBLOB for files up to 16 MB, no JSON columns.

-- One row per version of an item; (code, version_no) is the key cases keep. is_latest marks the newest version of
-- each code, so that the staff listing ("latest version per code") and the public listing (status = PUBLISHED;
-- at most one published version per code) both filter one table.
CREATE TABLE cat_item_version (
  code                  VARCHAR(40)  NOT NULL,
  version_no            INT          NOT NULL,
  status                VARCHAR(16)  NOT NULL,
  is_latest             BOOLEAN      NOT NULL,
  name                  VARCHAR(200) NOT NULL,
  kind                  VARCHAR(32)  NOT NULL,
  department_code       VARCHAR(32)  NOT NULL,
  parent_code           VARCHAR(40),
  el_certificate        TEXT,
  el_approval_type      TEXT,
  el_legal_basis        TEXT,
  el_conditions         TEXT,
  el_accepting_body     TEXT,
  el_deciding_body      TEXT,
  el_procedure          TEXT,
  el_forms              TEXT,
  el_annual_review      TEXT,
  el_enquiry            TEXT,
  statutory_limit_value INT,
  statutory_limit_unit  VARCHAR(16),
  promised_limit_value  INT,
  promised_limit_unit   VARCHAR(16),
  on_the_spot           BOOLEAN      NOT NULL,
  parallel_approval     BOOLEAN      NOT NULL,
  approving_leader_role VARCHAR(32),
  reviewing_section     VARCHAR(100),
  handlers              VARCHAR(500),
  process_key           VARCHAR(255),
  created_at            TIMESTAMP    NOT NULL,
  updated_at            TIMESTAMP    NOT NULL,
  published_at          TIMESTAMP    NULL,
  updated_by            VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_cat_item_version PRIMARY KEY (code, version_no),
  CONSTRAINT fk_cat_item_version_department FOREIGN KEY (department_code) REFERENCES org_department (code),
  CONSTRAINT ck_cat_item_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'RETIRED')),
  CONSTRAINT ck_cat_item_version_kind CHECK (kind IN ('LICENSING', 'NON_LICENSING_APPROVAL', 'PUBLIC_SERVICE',
                                                      'LEVY', 'PENALTY', 'CONFIRMATION', 'OTHER'))
);

-- Listing: staff see is_latest rows, the public sees PUBLISHED rows; both page in code order and filter by kind,
-- department or parent (sub-items).
CREATE INDEX ix_cat_item_version_latest ON cat_item_version (is_latest, code);
CREATE INDEX ix_cat_item_version_status ON cat_item_version (status, code);
CREATE INDEX ix_cat_item_version_kind ON cat_item_version (kind, status);
CREATE INDEX ix_cat_item_version_department ON cat_item_version (department_code, status);
CREATE INDEX ix_cat_item_version_parent ON cat_item_version (parent_code);
CREATE INDEX ix_cat_item_version_name ON cat_item_version (name);

-- Blank application forms and samples. Files are kept per item code, not per version: a new version of an item
-- keeps pointing at the forms its materials already had. The file name is shown and offered on download, never
-- used as a path.
CREATE TABLE cat_blank_form (
  id           BIGINT       AUTO_INCREMENT NOT NULL,
  item_code    VARCHAR(40)  NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  content      MEDIUMBLOB   NOT NULL,
  uploaded_at  TIMESTAMP    NOT NULL,
  uploaded_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_cat_blank_form PRIMARY KEY (id)
);

CREATE INDEX ix_cat_blank_form_item ON cat_blank_form (item_code);

-- Element 6: required materials, in the order the guide lists them.
CREATE TABLE cat_item_material (
  code          VARCHAR(40)  NOT NULL,
  version_no    INT          NOT NULL,
  seq           INT          NOT NULL,
  name          VARCHAR(200) NOT NULL,
  form          VARCHAR(20)  NOT NULL,
  copies        INT          NOT NULL,
  is_required   BOOLEAN      NOT NULL,
  note          VARCHAR(500),
  blank_form_id BIGINT,
  CONSTRAINT pk_cat_item_material PRIMARY KEY (code, version_no, seq),
  CONSTRAINT fk_cat_item_material_version FOREIGN KEY (code, version_no)
    REFERENCES cat_item_version (code, version_no),
  CONSTRAINT fk_cat_item_material_form FOREIGN KEY (blank_form_id) REFERENCES cat_blank_form (id),
  CONSTRAINT ck_cat_item_material_form CHECK (form IN ('ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY'))
);

CREATE INDEX ix_cat_item_material_blank_form ON cat_item_material (blank_form_id);

-- Element 11: fees; an item without rows charges nothing.
CREATE TABLE cat_item_fee (
  code        VARCHAR(40)   NOT NULL,
  version_no  INT           NOT NULL,
  seq         INT           NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  standard    VARCHAR(1000),
  amount      DECIMAL(14,2),
  formula     VARCHAR(1000),
  legal_basis VARCHAR(1000),
  CONSTRAINT pk_cat_item_fee PRIMARY KEY (code, version_no, seq),
  CONSTRAINT fk_cat_item_fee_version FOREIGN KEY (code, version_no) REFERENCES cat_item_version (code, version_no)
);

-- The item survey's procedure steps (受理、审查、决定 ...).
CREATE TABLE cat_item_step (
  code       VARCHAR(40)  NOT NULL,
  version_no INT          NOT NULL,
  seq        INT          NOT NULL,
  name       VARCHAR(100) NOT NULL,
  CONSTRAINT pk_cat_item_step PRIMARY KEY (code, version_no, seq),
  CONSTRAINT fk_cat_item_step_version FOREIGN KEY (code, version_no) REFERENCES cat_item_version (code, version_no)
);

CREATE TABLE cat_item_applicant_type (
  code           VARCHAR(40) NOT NULL,
  version_no     INT         NOT NULL,
  applicant_type VARCHAR(20) NOT NULL,
  CONSTRAINT pk_cat_item_applicant_type PRIMARY KEY (code, version_no, applicant_type),
  CONSTRAINT fk_cat_item_applicant_type_version FOREIGN KEY (code, version_no)
    REFERENCES cat_item_version (code, version_no)
);

-- Parameters of the template process an item runs on, as ordered values per parameter name (today only
-- approvalChain: the roles that sign in turn). Rows rather than JSON so that both databases can query them.
CREATE TABLE cat_item_process_param (
  code        VARCHAR(40)  NOT NULL,
  version_no  INT          NOT NULL,
  param_name  VARCHAR(64)  NOT NULL,
  seq         INT          NOT NULL,
  param_value VARCHAR(255) NOT NULL,
  CONSTRAINT pk_cat_item_process_param PRIMARY KEY (code, version_no, param_name, seq),
  CONSTRAINT fk_cat_item_process_param_version FOREIGN KEY (code, version_no)
    REFERENCES cat_item_version (code, version_no)
);
