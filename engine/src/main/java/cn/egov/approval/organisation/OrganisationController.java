package cn.egov.approval.organisation;

import java.util.List;

import cn.egov.approval.accounts.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists of the organisation for the UI's selects: departments for the public guide's
 * filter and the catalog, regions for the calendar's regional overlays.
 */
@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

	private final OrganisationDirectory directory;

	OrganisationController(OrganisationDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Public: the service guide filters by department without login. Only the fields a
	 * citizen may see, whatever {@link Department} comes to hold.
	 */
	@GetMapping("/departments")
	@PreAuthorize("permitAll()")
	List<PublicDepartment> departments() {
		return this.directory.departments().stream().map(PublicDepartment::of).toList();
	}

	@GetMapping("/regions")
	@PreAuthorize(Roles.AUTHENTICATED)
	List<Region> regions() {
		return this.directory.regions();
	}

	/** A department as {@code GET /api/organisation/departments} shows it. */
	record PublicDepartment(String code, String name, String shortName, String regionCode, String kind) {

		static PublicDepartment of(Department department) {
			return new PublicDepartment(department.code(), department.name(), department.shortName(),
					department.regionCode(), department.kind());
		}

	}

}
