package cn.egov.approval.complaints;

import java.util.Optional;

import cn.egov.approval.accounts.Role;
import cn.egov.approval.identity.CamundaGroups;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;

import org.springframework.stereotype.Component;

/**
 * The supervision bureaus (监察局, departments of kind {@code supervision}) that register
 * complaints: the one of the complaint's region, and the one above it that an overdue
 * acceptance escalates to.
 */
@Component
class Bureaus {

	private static final String SUPERVISION = "supervision";

	private static final int MAX_DEPTH = 5;

	private final OrganisationDirectory organisation;

	Bureaus(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	/** The bureau of the region, or of the nearest region above it that has one. */
	Optional<Department> of(String regionCode) {
		String current = regionCode;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			Optional<Department> bureau = in(current);
			if (bureau.isPresent()) {
				return bureau;
			}
			current = parentOf(current);
		}
		return Optional.empty();
	}

	/** The bureau above the one that registered the complaint, if any. */
	Optional<Department> above(String bureauCode) {
		return this.organisation.department(bureauCode)
			.map(Department::regionCode)
			.map(this::parentOf)
			.flatMap(this::of);
	}

	/** The Camunda candidate group of a bureau's supervisors. */
	static String group(String bureauCode) {
		return CamundaGroups.departmentRole(bureauCode, Role.BUREAU_SUPERVISOR.code());
	}

	private Optional<Department> in(String regionCode) {
		return this.organisation.departments()
			.stream()
			.filter((department) -> SUPERVISION.equals(department.kind()) && regionCode.equals(department.regionCode()))
			.findFirst();
	}

	private String parentOf(String regionCode) {
		return this.organisation.regions()
			.stream()
			.filter((region) -> region.code().equals(regionCode))
			.map(Region::parentCode)
			.findFirst()
			.orElse(null);
	}

}
