package cn.egov.approval.supervision;

import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.accounts.Role;
import cn.egov.approval.identity.CamundaGroups;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;

import org.springframework.stereotype.Component;

/**
 * Which supervision bureau (监察局, a department of kind {@code supervision}) answers for a
 * department: the one of the department's region, else the nearest one above it. The
 * review task goes to the bureau supervisors of the region and of every region above it.
 */
@Component
class CardBureaus {

	static final String SUPERVISION_KIND = "supervision";

	/** Province, city, county: a longer chain would mean a cycle in the data. */
	private static final int MAX_DEPTH = 8;

	private final OrganisationDirectory organisation;

	CardBureaus(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	/** The bureau that reviews a department's cards and issues their notices. */
	Department bureauOf(String departmentCode) {
		return bureausAbove(departmentCode).stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No supervision bureau above department " + departmentCode));
	}

	/** The review task's candidate groups, comma-separated as Camunda reads them. */
	String reviewGroups(String departmentCode) {
		return String.join(",",
				bureausAbove(departmentCode).stream()
					.map((bureau) -> CamundaGroups.departmentRole(bureau.code(), Role.BUREAU_SUPERVISOR.code()))
					.toList());
	}

	/**
	 * The bureaus of the department's region, then of each region above, nearest first.
	 */
	private List<Department> bureausAbove(String departmentCode) {
		List<Department> departments = this.organisation.departments();
		List<Department> bureaus = new ArrayList<>();
		Region region = this.organisation.regionOfDepartment(departmentCode)
			.orElseThrow(() -> new IllegalArgumentException("Unknown department " + departmentCode));
		for (int depth = 0; region != null && depth < MAX_DEPTH; depth++) {
			String code = region.code();
			departments.stream()
				.filter((d) -> SUPERVISION_KIND.equals(d.kind()) && code.equals(d.regionCode()))
				.forEach(bureaus::add);
			region = parentOf(region);
		}
		return bureaus;
	}

	private Region parentOf(Region region) {
		if (region.parentCode() == null) {
			return null;
		}
		return this.organisation.regions()
			.stream()
			.filter((r) -> r.code().equals(region.parentCode()))
			.findFirst()
			.orElse(null);
	}

}
