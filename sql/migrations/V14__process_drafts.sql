-- Drafts of the modeling workbench (engine: modeling/): processes, decision tables and forms the reform office
-- edits in the browser, numbered per resource, kept after deployment as the record of what was deployed and by whom.
-- Portable across H2 and MySQL 8 / MariaDB 10.11 (MEDIUMTEXT: a process with its diagram exceeds TEXT's 64 KB).
CREATE TABLE modeling_draft (
  id             BIGINT        AUTO_INCREMENT NOT NULL,
  -- BPMN (process key), DMN (decision key) or FORM (form id).
  resource_kind  VARCHAR(8)    NOT NULL,
  resource_key   VARCHAR(255)  NOT NULL,
  draft_no       INT           NOT NULL,
  -- The catalog item a generated process belongs to, if any.
  item_code      VARCHAR(64),
  content        MEDIUMTEXT    NOT NULL,
  note           VARCHAR(500),
  saved_by       VARCHAR(64)   NOT NULL,
  saved_at       TIMESTAMP     NOT NULL,
  -- Set when this draft was deployed: the engine's deployment and the definition version it became.
  deployment_id  VARCHAR(64),
  deployed_version INT,
  deployed_by    VARCHAR(64),
  deployed_at    TIMESTAMP,
  CONSTRAINT pk_modeling_draft PRIMARY KEY (id),
  CONSTRAINT uq_modeling_draft UNIQUE (resource_kind, resource_key, draft_no),
  CONSTRAINT ck_modeling_draft_kind CHECK (resource_kind IN ('BPMN', 'DMN', 'FORM'))
);
