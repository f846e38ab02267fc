package cn.egov.approval.accounts;

/** The flat row behind a {@link UserProfile}, before roles are attached. */
public record ProfileRow(String username, String displayName, String departmentCode, String departmentName,
		String sectionCode, String sectionName, String regionCode, String regionName, String regionLevel) {
}
