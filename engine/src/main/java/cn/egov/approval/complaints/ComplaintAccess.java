package cn.egov.approval.complaints;

import java.util.ArrayList;
import java.util.Optional;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.satisfaction.SupervisedScope;

import org.springframework.stereotype.Component;

/**
 * Who sees and handles which complaint. The bureau of the complaint's region (or one
 * above it) sees it and accepts, rejects and routes it; the responsible department's
 * supervisors see it and report the result; auditors and administrators read their
 * region's; the member of staff who recorded it and the applicant who filed it (by
 * account or phone) read their own. Anything else is answered as if it did not exist.
 */
@Component
class ComplaintAccess {

	private final SupervisedScope scope;

	private final ComplaintMapper mapper;

	ComplaintAccess(SupervisedScope scope, ComplaintMapper mapper) {
		this.scope = scope;
		this.mapper = mapper;
	}

	boolean canRead(PlatformUser user, Complaint complaint) {
		SupervisedScope.Scope oversees = this.scope.of(user);
		if (oversees.regions().contains(complaint.regionCode()) || (complaint.departmentCode() != null
				&& oversees.departments().contains(complaint.departmentCode()))) {
			return true;
		}
		return seesComplainant(user, complaint);
	}

	/**
	 * Whether the user sees who complained: the bureau, auditors and administrators of
	 * the region and the complainant; not the department complained about, so that nobody
	 * there can press the complainant (the bureau passes on what the department needs).
	 */
	boolean seesComplainant(PlatformUser user, Complaint complaint) {
		if (this.scope.of(user).regions().contains(complaint.regionCode())) {
			return true;
		}
		return user.getUsername().equals(complaint.filedBy()) || (complaint.complainantPhone() != null
				&& phone(user).map(complaint.complainantPhone()::equals).orElse(false));
	}

	/** The bureau's steps: accept or reject, route. */
	boolean isBureau(PlatformUser user, Complaint complaint) {
		return this.scope.supervisesRegion(user, complaint.regionCode());
	}

	/** The department's step: the result. */
	boolean isDepartment(PlatformUser user, Complaint complaint) {
		return this.scope.supervisesDepartment(user, complaint.departmentCode());
	}

	/** The search a user may run, with the filters it asked for. */
	ComplaintSearch search(PlatformUser user, String status, String department, Boolean overdue, int offset,
			int limit) {
		SupervisedScope.Scope oversees = this.scope.of(user);
		return new ComplaintSearch(new ArrayList<>(oversees.departments()), new ArrayList<>(oversees.regions()),
				user.getUsername(), phone(user).orElse(null), status, department, overdue, offset, limit);
	}

	private Optional<String> phone(PlatformUser user) {
		return user.hasRole(Role.APPLICANT) ? this.mapper.phoneOf(user.getUsername()) : Optional.empty();
	}

}
