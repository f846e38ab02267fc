package cn.egov.approval.supervision;

import java.util.Arrays;
import java.util.List;

/**
 * Where a warning stands: the supervision-card process moves it along, never back (a
 * closed warning stays closed for the auditors, whatever a late card step says).
 */
public enum WarningStatus {

	OPEN, HANDLING, CLOSED;

	/** The statuses a warning may move to this one from. */
	List<String> reachableFrom() {
		return Arrays.stream(values()).filter((s) -> s.ordinal() < ordinal()).map(Enum::name).toList();
	}

}
