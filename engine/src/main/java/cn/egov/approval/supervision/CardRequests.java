package cn.egov.approval.supervision;

import java.util.List;

/** What the department and the bureau send when they act on a card. */
final class CardRequests {

	private CardRequests() {
	}

	/**
	 * 确认并说明: the department confirms the warning and records its rectification.
	 *
	 * @param explanation why it happened (情况说明)
	 * @param rectification what was done about it (整改情况)
	 */
	record Confirm(String explanation, String rectification) {
	}

	/**
	 * 申诉: the department contests the warning.
	 *
	 * @param reason the reasons
	 */
	record Appeal(String reason) {
	}

	/**
	 * The bureau's review.
	 *
	 * @param decision ACCEPT, REJECT_APPEAL or RESUPERVISE
	 * @param opinion the bureau's opinion; for a re-supervision its instructions
	 * @param measures accountability measures ({@link CardMeasure} names) a closure comes
	 * with, possibly none
	 */
	record Review(String decision, String opinion, List<String> measures) {
	}

}
