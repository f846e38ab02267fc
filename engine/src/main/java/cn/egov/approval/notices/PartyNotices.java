package cn.egov.approval.notices;

import java.util.Arrays;

/**
 * Which stored notices are the case party's documents (the applicant's, a levy payer's)
 * as opposed to supervision's notices to a department, which live with their cards. Any
 * case type's own notice types count, so a new case type needs no change here.
 */
public final class PartyNotices {

	private PartyNotices() {
	}

	/**
	 * @param code a stored notice's type code
	 * @return whether the case's party may read it
	 */
	public static boolean isPartyNotice(String code) {
		return Arrays.stream(SupervisionNoticeType.values()).noneMatch((type) -> type.code().equals(code));
	}

}
