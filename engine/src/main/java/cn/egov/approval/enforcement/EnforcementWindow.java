package cn.egov.approval.enforcement;

import java.time.LocalDate;

/**
 * When an agency without enforcement power of its own may apply to the people's court to
 * enforce an unpaid fine (APL 72) or levy. 行政强制法 54: only once the party has still not
 * paid 10 days after the demand (催告书) was served; 行政强制法 53: within three months after the
 * period for review or litigation has expired. Litigation is the longer period: six
 * months from when the party knew of the decision (行政诉讼法 46), which is taken as the
 * decision's delivery date (a penalty case's {@code delivered_at}, a levy's payment
 * notice); the demand counts as served on the day it was issued. Periods end with their
 * last day, as the other penalty periods do, so the window opens when
 * {@link #opensAfter()} is over.
 *
 * @param opensAfter the later of the demand's 10 days and the litigation period: the last
 * day before the agency may apply
 * @param lastDay the last day it may apply: three months after the litigation period
 */
public record EnforcementWindow(LocalDate opensAfter, LocalDate lastDay) {

	private static final int DEMAND_DAYS = 10;

	private static final int LITIGATION_MONTHS = 6;

	private static final int APPLICATION_MONTHS = 3;

	public static EnforcementWindow of(LocalDate delivered, LocalDate demanded) {
		LocalDate litigationEnds = delivered.plusMonths(LITIGATION_MONTHS);
		LocalDate demandStood = demanded.plusDays(DEMAND_DAYS);
		LocalDate opensAfter = demandStood.isAfter(litigationEnds) ? demandStood : litigationEnds;
		return new EnforcementWindow(opensAfter, litigationEnds.plusMonths(APPLICATION_MONTHS));
	}

	/** The first day an application may be made. */
	public LocalDate firstDay() {
		return this.opensAfter.plusDays(1);
	}

	public boolean admits(LocalDate day) {
		return day.isAfter(this.opensAfter) && !day.isAfter(this.lastDay);
	}

}
