-- The working-day calendar is data, not code (domain.md §1): a schedule per year (days off and make-up working
-- days as the State Council publishes them), and extra local days off per region that apply to the region and its
-- children. A year without a row here is provisional: weekends only. Portable across H2 and MySQL 8 / MariaDB 10.11
-- (YEAR, DAY and DATE are keywords in one or the other, hence calendar_year and day_date).

CREATE TABLE cal_year (
  calendar_year INT         NOT NULL,
  -- TRUE when the administrator loaded an expected schedule before the official one was published.
  provisional   BOOLEAN     NOT NULL,
  updated_at    TIMESTAMP   NOT NULL,
  updated_by    VARCHAR(64) NOT NULL,
  CONSTRAINT pk_cal_year PRIMARY KEY (calendar_year)
);

CREATE TABLE cal_special_day (
  day_date      DATE         NOT NULL,
  calendar_year INT          NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  name          VARCHAR(100),
  CONSTRAINT pk_cal_special_day PRIMARY KEY (day_date),
  CONSTRAINT fk_cal_special_day_year FOREIGN KEY (calendar_year) REFERENCES cal_year (calendar_year),
  CONSTRAINT ck_cal_special_day_kind CHECK (kind IN ('DAY_OFF', 'MAKE_UP_WORKDAY'))
);

CREATE INDEX ix_cal_special_day_year ON cal_special_day (calendar_year);

CREATE TABLE cal_region_day_off (
  region_code VARCHAR(32)  NOT NULL,
  day_date    DATE         NOT NULL,
  name        VARCHAR(100),
  CONSTRAINT pk_cal_region_day_off PRIMARY KEY (region_code, day_date),
  CONSTRAINT fk_cal_region_day_off_region FOREIGN KEY (region_code) REFERENCES org_region (code)
);

-- The official schedules: 国务院办公厅关于2025年部分节假日安排的通知 and 关于2026年部分节假日安排的通知.
-- A test checks every day of both years against an independent published table (cn.6tail:tyme4j).
INSERT INTO cal_year (calendar_year, provisional, updated_at, updated_by) VALUES
  (2025, FALSE, '2026-11-22 00:00:00', 'system'),
  (2026, FALSE, '2026-11-22 00:00:00', 'system');

INSERT INTO cal_special_day (day_date, calendar_year, kind, name) VALUES
  ('2025-01-01', 2025, 'DAY_OFF', '元旦'),
  ('2025-01-26', 2025, 'MAKE_UP_WORKDAY', '春节调休上班'),
  ('2025-01-28', 2025, 'DAY_OFF', '春节'),
  ('2025-01-29', 2025, 'DAY_OFF', '春节'),
  ('2025-01-30', 2025, 'DAY_OFF', '春节'),
  ('2025-01-31', 2025, 'DAY_OFF', '春节'),
  ('2025-02-01', 2025, 'DAY_OFF', '春节'),
  ('2025-02-02', 2025, 'DAY_OFF', '春节'),
  ('2025-02-03', 2025, 'DAY_OFF', '春节'),
  ('2025-02-04', 2025, 'DAY_OFF', '春节'),
  ('2025-02-08', 2025, 'MAKE_UP_WORKDAY', '春节调休上班'),
  ('2025-04-04', 2025, 'DAY_OFF', '清明节'),
  ('2025-04-05', 2025, 'DAY_OFF', '清明节'),
  ('2025-04-06', 2025, 'DAY_OFF', '清明节'),
  ('2025-04-27', 2025, 'MAKE_UP_WORKDAY', '劳动节调休上班'),
  ('2025-05-01', 2025, 'DAY_OFF', '劳动节'),
  ('2025-05-02', 2025, 'DAY_OFF', '劳动节'),
  ('2025-05-03', 2025, 'DAY_OFF', '劳动节'),
  ('2025-05-04', 2025, 'DAY_OFF', '劳动节'),
  ('2025-05-05', 2025, 'DAY_OFF', '劳动节'),
  ('2025-05-31', 2025, 'DAY_OFF', '端午节'),
  ('2025-06-01', 2025, 'DAY_OFF', '端午节'),
  ('2025-06-02', 2025, 'DAY_OFF', '端午节'),
  ('2025-09-28', 2025, 'MAKE_UP_WORKDAY', '国庆节、中秋节调休上班'),
  ('2025-10-01', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-02', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-03', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-04', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-05', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-06', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-07', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-08', 2025, 'DAY_OFF', '国庆节、中秋节'),
  ('2025-10-11', 2025, 'MAKE_UP_WORKDAY', '国庆节、中秋节调休上班'),
  ('2026-01-01', 2026, 'DAY_OFF', '元旦'),
  ('2026-01-02', 2026, 'DAY_OFF', '元旦'),
  ('2026-01-03', 2026, 'DAY_OFF', '元旦'),
  ('2026-01-04', 2026, 'MAKE_UP_WORKDAY', '元旦调休上班'),
  ('2026-02-14', 2026, 'MAKE_UP_WORKDAY', '春节调休上班'),
  ('2026-02-15', 2026, 'DAY_OFF', '春节'),
  ('2026-02-16', 2026, 'DAY_OFF', '春节'),
  ('2026-02-17', 2026, 'DAY_OFF', '春节'),
  ('2026-02-18', 2026, 'DAY_OFF', '春节'),
  ('2026-02-19', 2026, 'DAY_OFF', '春节'),
  ('2026-02-20', 2026, 'DAY_OFF', '春节'),
  ('2026-02-21', 2026, 'DAY_OFF', '春节'),
  ('2026-02-22', 2026, 'DAY_OFF', '春节'),
  ('2026-02-23', 2026, 'DAY_OFF', '春节'),
  ('2026-02-28', 2026, 'MAKE_UP_WORKDAY', '春节调休上班'),
  ('2026-04-04', 2026, 'DAY_OFF', '清明节'),
  ('2026-04-05', 2026, 'DAY_OFF', '清明节'),
  ('2026-04-06', 2026, 'DAY_OFF', '清明节'),
  ('2026-05-01', 2026, 'DAY_OFF', '劳动节'),
  ('2026-05-02', 2026, 'DAY_OFF', '劳动节'),
  ('2026-05-03', 2026, 'DAY_OFF', '劳动节'),
  ('2026-05-04', 2026, 'DAY_OFF', '劳动节'),
  ('2026-05-05', 2026, 'DAY_OFF', '劳动节'),
  ('2026-05-09', 2026, 'MAKE_UP_WORKDAY', '劳动节调休上班'),
  ('2026-06-19', 2026, 'DAY_OFF', '端午节'),
  ('2026-06-20', 2026, 'DAY_OFF', '端午节'),
  ('2026-06-21', 2026, 'DAY_OFF', '端午节'),
  ('2026-09-20', 2026, 'MAKE_UP_WORKDAY', '国庆节调休上班'),
  ('2026-09-25', 2026, 'DAY_OFF', '中秋节'),
  ('2026-09-26', 2026, 'DAY_OFF', '中秋节'),
  ('2026-09-27', 2026, 'DAY_OFF', '中秋节'),
  ('2026-10-01', 2026, 'DAY_OFF', '国庆节'),
  ('2026-10-02', 2026, 'DAY_OFF', '国庆节'),
  ('2026-10-03', 2026, 'DAY_OFF', '国庆节'),
  ('2026-10-04', 2026, 'DAY_OFF', '国庆节'),
  ('2026-10-05', 2026, 'DAY_OFF', '国庆节'),
  ('2026-10-06', 2026, 'DAY_OFF', '国庆节'),
  ('2026-10-07', 2026, 'DAY_OFF', '国庆节'),
  ('2026-10-10', 2026, 'MAKE_UP_WORKDAY', '国庆节调休上班');
