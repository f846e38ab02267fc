-- Central fee collection (engine: fees/, levy/): the one ledger every fee of the platform is paid into (licensing
-- fees, levies, later fines), the windows that take money, their fiscal receipt books (领/用/缴/销) with every number
-- used, voided or skipped, the end-of-day deposits and settlements, and imported bank statements for the weekly
-- reconciliation. Money is integer fen (分), never a floating-point number.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE fee_window (
  code            VARCHAR(32)   NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  -- The department whose clerks take fees here when they have no window of their own; NULL for the central window.
  department_code VARCHAR(32),
  central         BOOLEAN       NOT NULL,
  created_at      TIMESTAMP     NOT NULL,
  created_by      VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_fee_window PRIMARY KEY (code)
);

CREATE TABLE fee_window_staff (
  username        VARCHAR(64)   NOT NULL,
  window_code     VARCHAR(32)   NOT NULL,
  CONSTRAINT pk_fee_window_staff PRIMARY KEY (username)
);

CREATE TABLE receipt_book (
  id              VARCHAR(36)   NOT NULL,
  window_code     VARCHAR(32)   NOT NULL,
  -- The printed series (票据代码) and the book's number range; numbers are used in order from next_no.
  series          VARCHAR(20)   NOT NULL,
  first_no        BIGINT        NOT NULL,
  last_no         BIGINT        NOT NULL,
  next_no         BIGINT        NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  issued_at       TIMESTAMP     NOT NULL,
  issued_by       VARCHAR(64)   NOT NULL,
  handed_in_at    TIMESTAMP,
  handed_in_by    VARCHAR(64),
  written_off_at  TIMESTAMP,
  written_off_by  VARCHAR(64),
  CONSTRAINT pk_receipt_book PRIMARY KEY (id),
  CONSTRAINT uq_receipt_book_range UNIQUE (series, first_no),
  CONSTRAINT ck_receipt_book_status CHECK (status IN ('ISSUED', 'HANDED_IN', 'WRITTEN_OFF'))
);

CREATE INDEX ix_receipt_book_window ON receipt_book (window_code, status);

CREATE TABLE receipt_number (
  book_id         VARCHAR(36)   NOT NULL,
  number_value    BIGINT        NOT NULL,
  receipt_no      VARCHAR(40)   NOT NULL,
  -- USED: printed for a payment; VOID: spoiled or cancelled, with the reason; SKIPPED: passed over (never printed).
  status          VARCHAR(8)    NOT NULL,
  payment_id      VARCHAR(36),
  reason          VARCHAR(500),
  recorded_at     TIMESTAMP     NOT NULL,
  recorded_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_receipt_number PRIMARY KEY (book_id, number_value),
  CONSTRAINT uq_receipt_number_no UNIQUE (receipt_no),
  CONSTRAINT ck_receipt_number_status CHECK (status IN ('USED', 'VOID', 'SKIPPED'))
);

CREATE TABLE fee_payment (
  id              VARCHAR(36)   NOT NULL,
  case_no         VARCHAR(40)   NOT NULL,
  department_code VARCHAR(32)   NOT NULL,
  item_code       VARCHAR(64)   NOT NULL,
  payer_name      VARCHAR(200)  NOT NULL,
  fee_name        VARCHAR(200)  NOT NULL,
  due_fen         BIGINT        NOT NULL,
  amount_fen      BIGINT        NOT NULL,
  method          VARCHAR(12)   NOT NULL,
  -- The bank's or the e-payment channel's reference: an e-payment callback with a known reference changes nothing.
  reference       VARCHAR(64),
  window_code     VARCHAR(32)   NOT NULL,
  receipt_no      VARCHAR(40)   NOT NULL,
  status          VARCHAR(8)    NOT NULL,
  business_day    DATE          NOT NULL,
  paid_at         TIMESTAMP     NOT NULL,
  recorded_by     VARCHAR(64)   NOT NULL,
  voided_at       TIMESTAMP,
  voided_by       VARCHAR(64),
  void_reason     VARCHAR(500),
  CONSTRAINT pk_fee_payment PRIMARY KEY (id),
  CONSTRAINT uq_fee_payment_reference UNIQUE (reference),
  CONSTRAINT ck_fee_payment_status CHECK (status IN ('PAID', 'VOID')),
  CONSTRAINT ck_fee_payment_method CHECK (method IN ('CASH', 'TRANSFER', 'WIRE', 'E_PAYMENT'))
);

CREATE INDEX ix_fee_payment_case ON fee_payment (case_no);
CREATE INDEX ix_fee_payment_window_day ON fee_payment (window_code, business_day);
CREATE INDEX ix_fee_payment_day ON fee_payment (business_day);

CREATE TABLE fee_settlement (
  window_code     VARCHAR(32)   NOT NULL,
  business_day    DATE          NOT NULL,
  method          VARCHAR(12)   NOT NULL,
  receipts_count  INT           NOT NULL,
  voided_count    INT           NOT NULL,
  receipts_fen    BIGINT        NOT NULL,
  taken_fen       BIGINT        NOT NULL,
  deposited_fen   BIGINT        NOT NULL,
  -- The bank slip or transfer batch the deposit went in with: what the bank statement shows as its reference.
  deposit_reference VARCHAR(64),
  settled_at      TIMESTAMP     NOT NULL,
  settled_by      VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_fee_settlement PRIMARY KEY (window_code, business_day, method)
);

CREATE INDEX ix_fee_settlement_day ON fee_settlement (business_day);

CREATE TABLE bank_statement_import (
  id              VARCHAR(36)   NOT NULL,
  week_start      DATE          NOT NULL,
  file_name       VARCHAR(200)  NOT NULL,
  sha256          VARCHAR(64)   NOT NULL,
  line_count      INT           NOT NULL,
  imported_at     TIMESTAMP     NOT NULL,
  imported_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_bank_statement_import PRIMARY KEY (id)
);

CREATE INDEX ix_bank_statement_import_week ON bank_statement_import (week_start);

CREATE TABLE bank_statement_line (
  import_id       VARCHAR(36)   NOT NULL,
  line_no         INT           NOT NULL,
  value_date      DATE          NOT NULL,
  amount_fen      BIGINT        NOT NULL,
  reference       VARCHAR(64)   NOT NULL,
  counterparty    VARCHAR(200),
  CONSTRAINT pk_bank_statement_line PRIMARY KEY (import_id, line_no)
);

CREATE TABLE levy_assessment (
  case_no         VARCHAR(40)   NOT NULL,
  basis_quantity  DECIMAL(14,2),
  unit_cost_fen   BIGINT,
  exempt          BOOLEAN       NOT NULL,
  standard_fen    BIGINT        NOT NULL,
  assessed_fen    BIGINT        NOT NULL,
  rule_id         VARCHAR(64),
  override_reason VARCHAR(1000),
  override_status VARCHAR(12),
  override_by     VARCHAR(64),
  pay_by          DATE,
  demanded_at     TIMESTAMP,
  assessed_at     TIMESTAMP     NOT NULL,
  assessed_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_levy_assessment PRIMARY KEY (case_no)
);

INSERT INTO acct_role (code, name_zh, name_en, staff) VALUES
  ('cashier', '窗口收费员', 'Window cashier', TRUE),
  ('finance', '财政局', 'Finance bureau', TRUE),
  ('payment-gateway', '网上缴费通道', 'E-payment gateway', FALSE);
