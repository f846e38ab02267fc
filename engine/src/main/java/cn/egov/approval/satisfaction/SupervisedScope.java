package cn.egov.approval.satisfaction;

import java.util.List;
import java.util.Set;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;

import org.springframework.stereotype.Component;

/**
 * What the two levels of supervision see of complaints and ratings: a department
 * supervisor its own department; the supervision bureau, auditors and administrators
 * every department and region within their region (county within city within province).
 * Everyone else sees none.
 */
@Component
public class SupervisedScope {

	private static final Set<Role> REGION_READERS = Set.of(Role.BUREAU_SUPERVISOR, Role.AUDITOR, Role.ADMIN);

	private final OrganisationDirectory organisation;

	SupervisedScope(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	/** The departments and regions the user oversees; both empty when none. */
	public Scope of(PlatformUser user) {
		if (user.getDepartmentCode() == null) {
			return new Scope(List.of(), List.of());
		}
		if (REGION_READERS.stream().anyMatch(user::hasRole)) {
			return this.organisation.regionOfDepartment(user.getDepartmentCode())
				.map(Region::code)
				.map(this::regionScope)
				.orElse(new Scope(List.of(), List.of()));
		}
		if (user.hasRole(Role.DEPT_SUPERVISOR)) {
			return new Scope(List.of(user.getDepartmentCode()), List.of());
		}
		return new Scope(List.of(), List.of());
	}

	/**
	 * Whether the user oversees a department directly (its own department supervisor).
	 */
	public boolean supervisesDepartment(PlatformUser user, String departmentCode) {
		return user.hasRole(Role.DEPT_SUPERVISOR) && departmentCode != null
				&& departmentCode.equals(user.getDepartmentCode());
	}

	/** Whether the user is a bureau supervisor of the region or of one above it. */
	public boolean supervisesRegion(PlatformUser user, String regionCode) {
		return user.hasRole(Role.BUREAU_SUPERVISOR) && this.organisation.regionOfDepartment(user.getDepartmentCode())
			.map((region) -> this.organisation.isWithin(regionCode, region.code()))
			.orElse(false);
	}

	private Scope regionScope(String regionCode) {
		List<String> regions = this.organisation.regions()
			.stream()
			.map(Region::code)
			.filter((code) -> this.organisation.isWithin(code, regionCode))
			.toList();
		List<String> departments = this.organisation.departments()
			.stream()
			.filter((department) -> regions.contains(department.regionCode()))
			.map(Department::code)
			.toList();
		return new Scope(departments, regions);
	}

	/**
	 * @param departments the departments whose complaints and ratings the user sees
	 * @param regions the regions whose not yet routed complaints the user sees
	 */
	public record Scope(List<String> departments, List<String> regions) {

		public boolean isEmpty() {
			return this.departments.isEmpty() && this.regions.isEmpty();
		}

	}

}
