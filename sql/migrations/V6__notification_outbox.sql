-- Notifications to applicants (engine: notifications/): an outbox written in the transaction of the step that
-- notifies, so that a rolled-back step sends nothing, and delivered afterwards by NotificationDispatcher on any node.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE notification_outbox (
  id              VARCHAR(36)   NOT NULL,
  kind            VARCHAR(40)   NOT NULL,
  -- The medium (SMS); the configured NotificationChannel decides how it leaves the platform.
  channel         VARCHAR(16)   NOT NULL,
  recipient       VARCHAR(32)   NOT NULL,
  -- Phone codes belong to no case.
  case_no         VARCHAR(64),
  -- The template's parameters as a JSON object, kept for audits and re-rendering.
  params          VARCHAR(2000) NOT NULL,
  body            VARCHAR(1000) NOT NULL,
  -- PENDING -> SENDING (claimed by one node) -> SENT, or back to PENDING after a failed attempt, FAILED after the last.
  status          VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL,
  last_error      VARCHAR(1000),
  created_at      TIMESTAMP     NOT NULL,
  -- When the row may be tried (again): created_at at first, later after a back-off.
  next_attempt_at TIMESTAMP     NOT NULL,
  -- When a node claimed the row; a SENDING row claimed long ago belonged to a node that died and is tried again.
  claimed_at      TIMESTAMP     NULL,
  sent_at         TIMESTAMP     NULL,
  CONSTRAINT pk_notification_outbox PRIMARY KEY (id),
  CONSTRAINT ck_notification_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);

CREATE INDEX ix_notification_outbox_status ON notification_outbox (status, next_attempt_at);
CREATE INDEX ix_notification_outbox_case_no ON notification_outbox (case_no);
