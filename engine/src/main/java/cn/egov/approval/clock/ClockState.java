package cn.egov.approval.clock;

import java.time.OffsetDateTime;

/** What {@code /api/admin/clock} answers. */
record ClockState(OffsetDateTime now, boolean simulated) {
}
