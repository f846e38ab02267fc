package cn.egov.approval.accounts;

import java.util.List;

/**
 * A user row as stored; {@link AccountDirectory} attaches the roles. The phone is the
 * mobile number an applicant signs in with by code; {@code null} for most staff.
 */
public record UserRow(String username, String displayName, String passwordHash, String departmentCode,
		String sectionCode, String email, boolean enabled, String phone) {

	UserAccount withRoles(List<String> roles) {
		return new UserAccount(this.username, this.displayName, this.passwordHash, this.departmentCode,
				this.sectionCode, this.email, this.enabled, List.copyOf(roles));
	}

}
