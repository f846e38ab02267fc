package cn.egov.approval.complaints;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;

/** Who files or acts: staff, applicants, the anonymous public. */
final class Filers {

	private Filers() {
	}

	static boolean isStaff(PlatformUser user) {
		return user != null
				&& user.getRoles().stream().anyMatch((code) -> Role.fromCode(code).map(Role::isStaff).orElse(false));
	}

	/** The name the events record: the account, or "public" for an anonymous filing. */
	static String actor(PlatformUser user) {
		return (user != null) ? user.getUsername() : ComplaintTimeline.PUBLIC;
	}

	/** Whether a signed-in applicant applied for the case (by account or phone). */
	static boolean owns(PlatformUser user, LinkedCase linked, ComplaintMapper mapper) {
		if (user == null || !user.hasRole(Role.APPLICANT)) {
			return false;
		}
		return user.getUsername().equals(linked.createdBy()) || mapper.phoneOf(user.getUsername())
			.map((phone) -> phone.equals(linked.applicantPhone()))
			.orElse(false);
	}

}
