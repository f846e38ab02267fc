package cn.egov.approval.casework;

import java.util.List;
import java.util.Set;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * Who may see and work on which case. Administrators, the supervision bureau and auditors
 * read every case of their region; department staff the cases of their department (joint
 * cases: every participating department); an applicant only their own. Anything else is
 * answered as if the case did not exist.
 */
@Component
class CaseAccess {

	private static final Set<Role> REGION_READERS = Set.of(Role.ADMIN, Role.BUREAU_SUPERVISOR, Role.AUDITOR);

	private static final Set<Role> DEPARTMENT_STAFF = Set.of(Role.CLERK, Role.HANDLER, Role.SECTION_HEAD,
			Role.DEPUTY_LEADER, Role.LEADER, Role.DEPT_SUPERVISOR);

	private final OrganisationDirectory organisation;

	private final CaseMapper mapper;

	CaseAccess(OrganisationDirectory organisation, CaseMapper mapper) {
		this.organisation = organisation;
		this.mapper = mapper;
	}

	boolean canRead(PlatformUser user, CaseFile file) {
		if (isDepartmentStaff(user, file)) {
			return true;
		}
		if (readsRegion(user)) {
			return this.organisation.regionOfDepartment(user.getDepartmentCode())
				.map((region) -> this.organisation.isWithin(file.regionCode(), region.code()))
				.orElse(false);
		}
		return isOwner(user, file);
	}

	/** Staff of a department taking part in the case. */
	boolean isDepartmentStaff(PlatformUser user, CaseFile file) {
		if (user.getDepartmentCode() == null || DEPARTMENT_STAFF.stream().noneMatch(user::hasRole)) {
			return false;
		}
		return participants(file).contains(user.getDepartmentCode());
	}

	/** Staff of the case's lead department with one of the given roles. */
	boolean isLeadStaff(PlatformUser user, CaseFile file, Role... roles) {
		return file.departmentCode().equals(user.getDepartmentCode())
				&& List.of(roles).stream().anyMatch(user::hasRole);
	}

	boolean isOwner(PlatformUser user, CaseFile file) {
		if (!user.hasRole(Role.APPLICANT)) {
			return false;
		}
		return user.getUsername().equals(file.createdBy())
				|| this.mapper.phoneOf(user.getUsername()).map(file.applicantPhone()::equals).orElse(false);
	}

	/** The search a user may run, with the filters it asked for. */
	CaseSearch scope(PlatformUser user, String status, String department, Boolean overdue, java.time.LocalDate today,
			int offset, int limit) {
		List<String> departments = List.of();
		if (readsRegion(user)) {
			departments = this.organisation.departmentsInRegionOf(user.getDepartmentCode());
		}
		else if (user.getDepartmentCode() != null && DEPARTMENT_STAFF.stream().anyMatch(user::hasRole)) {
			departments = List.of(user.getDepartmentCode());
		}
		String applicant = user.hasRole(Role.APPLICANT) ? user.getUsername() : null;
		String phone = (applicant != null) ? this.mapper.phoneOf(applicant).orElse(null) : null;
		return new CaseSearch(departments, applicant, phone, status, department,
				Boolean.TRUE.equals(overdue) ? today : null, Boolean.FALSE.equals(overdue) ? today : null, offset,
				limit);
	}

	private List<String> participants(CaseFile file) {
		if (!file.joint()) {
			return List.of(file.departmentCode());
		}
		return this.mapper.findParticipants(file.caseNo()).stream().map(CaseParticipant::departmentCode).toList();
	}

	private static boolean readsRegion(PlatformUser user) {
		return REGION_READERS.stream().anyMatch(user::hasRole) && user.getDepartmentCode() != null;
	}

}
