package cn.egov.approval.clock;

/**
 * Body of {@code POST /api/admin/clock}: either {@code now} (ISO date-time; without an
 * offset it is read in Asia/Shanghai) or {@code reset: true}.
 */
record ClockRequest(String now, Boolean reset) {

	boolean isReset() {
		return Boolean.TRUE.equals(this.reset);
	}

}
