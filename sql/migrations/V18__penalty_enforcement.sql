-- Applying to the people's court to enforce an unpaid fine (APL 72; 行政强制法 53, 54; engine: penalty/EnforcementWindow,
-- penalty/PenaltyEnforcement). The window is written when the demand is issued, so the case views can show it; the
-- answer (applied or not, and why) is the section head's or leader's. Portable across H2 and MySQL 8 / MariaDB 10.11:
-- one column per statement.

-- The window opens when this day is over (the later of demand + 10 days and delivery + 6 months) ...
ALTER TABLE penalty_case ADD COLUMN enforcement_opens_after DATE;
-- ... and this is its last day (3 months after delivery + 6 months).
ALTER TABLE penalty_case ADD COLUMN enforcement_last_day DATE;
ALTER TABLE penalty_case ADD COLUMN enforcement_outcome VARCHAR(12);
ALTER TABLE penalty_case ADD COLUMN enforcement_court VARCHAR(100);
ALTER TABLE penalty_case ADD COLUMN enforcement_applied_on DATE;
ALTER TABLE penalty_case ADD COLUMN enforcement_court_reference VARCHAR(64);
-- The opinion given with an application, or the reason for not applying.
ALTER TABLE penalty_case ADD COLUMN enforcement_opinion VARCHAR(2000);
ALTER TABLE penalty_case ADD COLUMN enforcement_answered_by VARCHAR(64);
ALTER TABLE penalty_case ADD COLUMN enforcement_answered_at TIMESTAMP;

ALTER TABLE penalty_case ADD CONSTRAINT ck_penalty_case_enforcement
  CHECK (enforcement_outcome IS NULL OR enforcement_outcome IN ('APPLIED', 'NOT_APPLIED'));
