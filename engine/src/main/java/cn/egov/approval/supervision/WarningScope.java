package cn.egov.approval.supervision;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * Whose warnings a user reads: a department supervisor those of their own department; the
 * supervision bureau, auditors and administrators every department of their region and of
 * the regions below it (county within city within province).
 */
@Component
public class WarningScope {

	private final OrganisationDirectory organisation;

	public WarningScope(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	public List<String> departments(PlatformUser user) {
		if (user.getDepartmentCode() == null) {
			return List.of();
		}
		if (user.hasRole(Role.BUREAU_SUPERVISOR) || user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMIN)) {
			return this.organisation.departmentsInRegionOf(user.getDepartmentCode());
		}
		if (user.hasRole(Role.DEPT_SUPERVISOR)) {
			return List.of(user.getDepartmentCode());
		}
		return List.of();
	}

}
