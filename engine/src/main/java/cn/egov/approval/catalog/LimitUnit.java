package cn.egov.approval.catalog;

/** How a time limit counts: working days (domain.md §0) or calendar days. */
public enum LimitUnit {

	WORKING_DAYS, CALENDAR_DAYS

}
