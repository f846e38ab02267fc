package cn.egov.approval.supervision;

/** Where a warning stands: the supervision-card process moves it along. */
public enum WarningStatus {

	OPEN, HANDLING, CLOSED

}
