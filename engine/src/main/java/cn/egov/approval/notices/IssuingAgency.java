package cn.egov.approval.notices;

/**
 * The agency in whose name a notice is issued and sealed.
 *
 * @param code the department code (org_department), which keys the serial numbers
 * @param name the full name printed in the header, the signature and the seal
 * @param serialPrefix the agency's 机关代字 that starts each serial number, e.g. 示市监
 * @param reconsiderationBody where an applicant applies for administrative
 * reconsideration (ARL 24: for a county department, the county government)
 * @param court the people's court of first instance for administrative litigation
 */
public record IssuingAgency(String code, String name, String serialPrefix, String reconsiderationBody, String court) {

	public IssuingAgency {
		Texts.require(code, "code");
		Texts.require(name, "name");
		Texts.require(serialPrefix, "serialPrefix");
		Texts.require(reconsiderationBody, "reconsiderationBody");
		Texts.require(court, "court");
	}

}
