-- A levy case's application to the people's court for compulsory enforcement (申请人民法院强制执行, ACL 53, 54): when the
-- payer has still not paid 10 days after the written demand, the levy department's section head records whether the
-- agency applied (the court, the date, the court's filing reference once known) or why not (engine:
-- levy/LevyEnforcement, process levy-standard's ApplyForEnforcement). One row per case: the demand, and so the
-- decision, comes once. Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE levy_enforcement (
  case_no            VARCHAR(40)   NOT NULL,
  outcome            VARCHAR(12)   NOT NULL,
  court_name         VARCHAR(200),
  applied_on         DATE,
  court_reference    VARCHAR(64),
  not_applied_reason VARCHAR(1000),
  opinion            VARCHAR(2000),
  decided_by         VARCHAR(64)   NOT NULL,
  decided_at         TIMESTAMP     NOT NULL,
  CONSTRAINT pk_levy_enforcement PRIMARY KEY (case_no),
  CONSTRAINT ck_levy_enforcement_outcome CHECK (outcome IN ('APPLIED', 'NOT_APPLIED'))
);
