package cn.egov.approval.accounts;

import java.util.List;

/** A user as stored, with the role codes granted to it. */
public record UserAccount(String username, String displayName, String passwordHash, String departmentCode,
		String sectionCode, String email, boolean enabled, List<String> roles) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role.code());
	}

}
