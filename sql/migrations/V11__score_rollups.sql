-- Scores and statistics (engine: scoring/): rollups kept up to date as supervision facts, warnings, complaints and
-- ratings arrive, so that the score pages read a few rows per department instead of scanning cases; the complaint
-- and rating events they were built from (so that a rebuild can recompute everything); and the weights of the score
-- that the supervision bureau edits. Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE score_rollup (
  -- YYYY-MM, YYYY-Qn or YYYY: every event is counted in its month, its quarter and its year.
  period             VARCHAR(7)   NOT NULL,
  department_code    VARCHAR(32)  NOT NULL,
  -- '-' for the department's own row; otherwise the staff member's username.
  staff              VARCHAR(64)  NOT NULL,
  received           BIGINT       NOT NULL DEFAULT 0,
  accepted           BIGINT       NOT NULL DEFAULT 0,
  completed          BIGINT       NOT NULL DEFAULT 0,
  on_time            BIGINT       NOT NULL DEFAULT 0,
  early              BIGINT       NOT NULL DEFAULT 0,
  overdue            BIGINT       NOT NULL DEFAULT 0,
  past_statutory     BIGINT       NOT NULL DEFAULT 0,
  -- Cases that passed their promised deadline in this period and have not ended yet.
  open_overdue       BIGINT       NOT NULL DEFAULT 0,
  -- Net working days (pauses excluded) from acceptance to completion, and the statutory limits of the same cases.
  actual_days        BIGINT       NOT NULL DEFAULT 0,
  statutory_days     BIGINT       NOT NULL DEFAULT 0,
  yellow             BIGINT       NOT NULL DEFAULT 0,
  red                BIGINT       NOT NULL DEFAULT 0,
  anomaly            BIGINT       NOT NULL DEFAULT 0,
  complaints         BIGINT       NOT NULL DEFAULT 0,
  complaints_closed  BIGINT       NOT NULL DEFAULT 0,
  ratings            BIGINT       NOT NULL DEFAULT 0,
  satisfied          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_score_rollup PRIMARY KEY (period, department_code, staff)
);

-- Complaints filed and closed and ratings given, as the complaints and satisfaction features report them.
CREATE TABLE score_feed_event (
  id               BIGINT       AUTO_INCREMENT NOT NULL,
  kind             VARCHAR(20)  NOT NULL,
  department_code  VARCHAR(32)  NOT NULL,
  occurred_at      TIMESTAMP    NOT NULL,
  satisfied        BOOLEAN,
  CONSTRAINT pk_score_feed_event PRIMARY KEY (id),
  CONSTRAINT ck_score_feed_event_kind CHECK (kind IN ('COMPLAINT_FILED', 'COMPLAINT_CLOSED', 'RATED'))
);

-- The weights of the department score (dmn/department-score.dmn), in points out of 100.
CREATE TABLE score_weight (
  name        VARCHAR(20)  NOT NULL,
  points      INT          NOT NULL,
  changed_at  TIMESTAMP    NOT NULL,
  changed_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_score_weight PRIMARY KEY (name),
  CONSTRAINT ck_score_weight_points CHECK (points BETWEEN 0 AND 100)
);

INSERT INTO score_weight (name, points, changed_at, changed_by) VALUES
  ('ON_TIME', 40, TIMESTAMP '2026-01-01 00:00:00', 'system'),
  ('EARLY', 10, TIMESTAMP '2026-01-01 00:00:00', 'system'),
  ('SPEED_UP', 10, TIMESTAMP '2026-01-01 00:00:00', 'system'),
  ('CARDS', 20, TIMESTAMP '2026-01-01 00:00:00', 'system'),
  ('SATISFACTION', 15, TIMESTAMP '2026-01-01 00:00:00', 'system'),
  ('COMPLAINTS', 5, TIMESTAMP '2026-01-01 00:00:00', 'system');
