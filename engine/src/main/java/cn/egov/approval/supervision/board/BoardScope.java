package cn.egov.approval.supervision.board;

import java.util.Set;
import java.util.stream.Collectors;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * Which departments a viewer watches: a department supervisor its own; the supervision
 * bureau and administrators every department of their region and the regions below it.
 */
@Component
class BoardScope {

	private final OrganisationDirectory organisation;

	BoardScope(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	Set<String> departments(PlatformUser user) {
		if (user.hasRole(Role.BUREAU_SUPERVISOR) || user.hasRole(Role.ADMIN)) {
			return this.organisation.regionOfDepartment(user.getDepartmentCode())
				.map((region) -> this.organisation.departments()
					.stream()
					.filter((department) -> this.organisation.isWithin(department.regionCode(), region.code()))
					.map(Department::code)
					.collect(Collectors.toUnmodifiableSet()))
				.orElse(Set.of());
		}
		return (user.getDepartmentCode() != null) ? Set.of(user.getDepartmentCode()) : Set.of();
	}

}
