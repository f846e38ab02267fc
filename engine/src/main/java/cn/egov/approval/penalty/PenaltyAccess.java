package cn.egov.approval.penalty;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on which penalty case: the agency's own staff see its cases, and
 * each step is done by its role there (officers investigate, the section head opens, the
 * leader reviews and decides, the legal reviewer reviews); administrators, the
 * supervision bureau and auditors read their region's cases. Anyone else is answered as
 * if the case did not exist.
 */
@Component
class PenaltyAccess {

	private static final Set<Role> REGION_READERS = Set.of(Role.ADMIN, Role.BUREAU_SUPERVISOR, Role.AUDITOR);

	private static final Set<Role> AGENCY_STAFF = Set.of(Role.PENALTY_OFFICER, Role.LEGAL_REVIEWER, Role.SECTION_HEAD,
			Role.DEPUTY_LEADER, Role.LEADER, Role.DEPT_SUPERVISOR);

	private final PenaltyMapper mapper;

	private final OrganisationDirectory organisation;

	PenaltyAccess(PenaltyMapper mapper, OrganisationDirectory organisation) {
		this.mapper = mapper;
		this.organisation = organisation;
	}

	/** The case if the user may read it, else 404. */
	PenaltyCase readable(String caseNo, PlatformUser user) {
		return this.mapper.find(caseNo)
			.filter((file) -> canRead(user, file))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.penalty.case.unknown", caseNo));
	}

	/**
	 * The case, locked, if the user has one of the roles in its agency; 404 or 403
	 * otherwise.
	 */
	PenaltyCase actingAs(String caseNo, PlatformUser user, Role... roles) {
		PenaltyCase file = readable(caseNo, user);
		requireRole(user, file.departmentCode(), roles);
		return this.mapper.lock(caseNo).orElseThrow();
	}

	void requireRole(PlatformUser user, String departmentCode, Role... roles) {
		if (Arrays.stream(roles).noneMatch(user::hasRole) || !departmentCode.equals(user.getDepartmentCode())) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.penalty.role",
					Arrays.stream(roles).map(Role::code).collect(Collectors.joining(" / ")));
		}
	}

	/** The departments whose cases the user lists. */
	List<String> departments(PlatformUser user) {
		if (readsRegion(user)) {
			return this.organisation.departmentsInRegionOf(user.getDepartmentCode());
		}
		if (user.getDepartmentCode() != null && AGENCY_STAFF.stream().anyMatch(user::hasRole)) {
			return List.of(user.getDepartmentCode());
		}
		return List.of();
	}

	private boolean canRead(PlatformUser user, PenaltyCase file) {
		if (file.departmentCode().equals(user.getDepartmentCode()) && AGENCY_STAFF.stream().anyMatch(user::hasRole)) {
			return true;
		}
		return readsRegion(user) && this.organisation.regionOfDepartment(user.getDepartmentCode())
			.map((region) -> this.organisation.isWithin(file.regionCode(), region.code()))
			.orElse(false);
	}

	private static boolean readsRegion(PlatformUser user) {
		return REGION_READERS.stream().anyMatch(user::hasRole) && user.getDepartmentCode() != null;
	}

}
