package cn.egov.approval.demo;

import java.util.List;

import cn.egov.approval.organisation.Region;

/** The shape of {@code demo/organisation.json}. */
record DemoOrganisation(List<Region> regions, List<DemoDepartment> departments, List<DemoUser> users) {

	record DemoDepartment(String code, String name, String shortName, String kind, String regionCode,
			List<DemoSection> sections) {
	}

	record DemoSection(String code, String name) {
	}

	/**
	 * A login; {@code phone} (optional) lets an applicant sign in with a code too;
	 * {@code backup} (optional) is the colleague who stands in while the user is absent
	 * (AB岗).
	 */
	record DemoUser(String username, String displayName, String department, String section, String email, String phone,
			List<String> roles, String backup) {
	}

}
