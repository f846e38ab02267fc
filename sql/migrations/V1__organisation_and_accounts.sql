-- Organisation (region -> department -> section) and the one user store that serves both
-- Spring Security and Camunda's identity service. Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE org_region (
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  level       VARCHAR(16)  NOT NULL,
  parent_code VARCHAR(32),
  CONSTRAINT pk_org_region PRIMARY KEY (code),
  CONSTRAINT fk_org_region_parent FOREIGN KEY (parent_code) REFERENCES org_region (code),
  CONSTRAINT ck_org_region_level CHECK (level IN ('province', 'city', 'county'))
);

CREATE TABLE org_department (
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  short_name  VARCHAR(50)  NOT NULL,
  kind        VARCHAR(32)  NOT NULL,
  region_code VARCHAR(32)  NOT NULL,
  CONSTRAINT pk_org_department PRIMARY KEY (code),
  CONSTRAINT fk_org_department_region FOREIGN KEY (region_code) REFERENCES org_region (code)
);

CREATE TABLE org_section (
  code            VARCHAR(32)  NOT NULL,
  name            VARCHAR(100) NOT NULL,
  department_code VARCHAR(32)  NOT NULL,
  CONSTRAINT pk_org_section PRIMARY KEY (code),
  CONSTRAINT fk_org_section_department FOREIGN KEY (department_code) REFERENCES org_department (code)
);

-- Roles are fixed by the platform (endpoints declare them); the table exists for integrity and names.
CREATE TABLE acct_role (
  code    VARCHAR(32)  NOT NULL,
  name_zh VARCHAR(50)  NOT NULL,
  name_en VARCHAR(50)  NOT NULL,
  staff   BOOLEAN      NOT NULL,
  CONSTRAINT pk_acct_role PRIMARY KEY (code)
);

CREATE TABLE acct_user (
  username        VARCHAR(64)  NOT NULL,
  display_name    VARCHAR(100) NOT NULL,
  password_hash   VARCHAR(100) NOT NULL,
  department_code VARCHAR(32),
  section_code    VARCHAR(32),
  phone           VARCHAR(32),
  email           VARCHAR(200),
  enabled         BOOLEAN      NOT NULL,
  created_at      TIMESTAMP    NOT NULL,
  CONSTRAINT pk_acct_user PRIMARY KEY (username),
  CONSTRAINT fk_acct_user_department FOREIGN KEY (department_code) REFERENCES org_department (code),
  CONSTRAINT fk_acct_user_section FOREIGN KEY (section_code) REFERENCES org_section (code)
);

CREATE TABLE acct_user_role (
  username  VARCHAR(64) NOT NULL,
  role_code VARCHAR(32) NOT NULL,
  CONSTRAINT pk_acct_user_role PRIMARY KEY (username, role_code),
  CONSTRAINT fk_acct_user_role_user FOREIGN KEY (username) REFERENCES acct_user (username),
  CONSTRAINT fk_acct_user_role_role FOREIGN KEY (role_code) REFERENCES acct_role (code)
);

CREATE INDEX ix_acct_user_department ON acct_user (department_code);
CREATE INDEX ix_acct_user_role_role ON acct_user_role (role_code);

INSERT INTO acct_role (code, name_zh, name_en, staff) VALUES
  ('applicant',         '申请人',     'Applicant',                 FALSE),
  ('clerk',             '窗口受理',   'Window clerk',              TRUE),
  ('handler',           '承办人',     'Handler',                   TRUE),
  ('section-head',      '科室负责人', 'Section head',              TRUE),
  ('deputy-leader',     '分管领导',   'Deputy leader',             TRUE),
  ('leader',            '主要领导',   'Leader',                    TRUE),
  ('dept-supervisor',   '部门监察员', 'Department supervisor',     TRUE),
  ('bureau-supervisor', '监察局',     'Supervision bureau',        TRUE),
  ('reform-office',     '审改办',     'Reform office',             TRUE),
  ('auditor',           '审计',       'Auditor',                   TRUE),
  ('admin',             '系统管理员', 'System administrator',      TRUE);
