package cn.egov.approval.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the organisation for the rest of the platform: the lists the UI offers, a
 * department's region and the region hierarchy that scopes regional permissions.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	/**
	 * Province, city, county: a longer chain would mean a cycle in the data, which must
	 * not hang a request.
	 */
	private static final int MAX_DEPTH = 8;

	/**
	 * Grouped by region, and within a region the departments that handle items first,
	 * because those are what the guide and the catalog filter by.
	 */
	private static final Comparator<Department> LISTING_ORDER = Comparator.comparing(Department::regionCode)
		.thenComparing((department) -> !"functional".equals(department.kind()))
		.thenComparing(Department::code);

	private final OrganisationMapper mapper;

	public OrganisationDirectory(OrganisationMapper mapper) {
		this.mapper = mapper;
	}

	/** Every department, grouped by region, functional departments first. */
	public List<Department> departments() {
		return this.mapper.findAllDepartments().stream().sorted(LISTING_ORDER).toList();
	}

	/** One department, if it exists. */
	public Optional<Department> department(String code) {
		return this.mapper.findDepartment(code);
	}

	/** Every region, in code order: a parent's code is a prefix of its children's. */
	public List<Region> regions() {
		return this.mapper.findAllRegions();
	}

	/** The region a department belongs to; empty for no or an unknown department. */
	public Optional<Region> regionOfDepartment(String departmentCode) {
		if (departmentCode == null) {
			return Optional.empty();
		}
		return this.mapper.findDepartment(departmentCode).map(Department::regionCode).flatMap(this.mapper::findRegion);
	}

	/** Whether {@code regionCode} is {@code ancestorCode} itself or a region below it. */
	public boolean isWithin(String regionCode, String ancestorCode) {
		String current = regionCode;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (current.equals(ancestorCode)) {
				return true;
			}
			current = this.mapper.findRegion(current).map(Region::parentCode).orElse(null);
		}
		return false;
	}

	/**
	 * The departments of the region a department belongs to and of the regions below it.
	 * @param departmentCode a department
	 * @return their codes; none for an unknown department
	 */
	public List<String> departmentsInRegionOf(String departmentCode) {
		return regionOfDepartment(departmentCode).map(Region::code)
			.map((region) -> departments().stream()
				.filter((d) -> isWithin(d.regionCode(), region))
				.map(Department::code)
				.toList())
			.orElse(List.of());
	}

}
