package cn.egov.approval.casework;

import java.util.Map;

/**
 * The body of {@code POST /api/cases}.
 *
 * @param itemCode the published item applied for
 * @param applicant who applies
 * @param channel ONLINE (the applicant, through the portal) or WINDOW (a clerk records a
 * walk-in application)
 * @param formData the item's application form; {@code description} is required
 */
public record ApplicationRequest(String itemCode, Applicant applicant, String channel, Map<String, Object> formData) {

	/**
	 * @param name a person's or an enterprise's name
	 * @param type PERSON or ENTERPRISE
	 * @param idNo the resident ID number or the unified social credit code
	 * @param phone a mainland mobile number, where notifications go
	 */
	public record Applicant(String name, String type, String idNo, String phone) {
	}

}
