package cn.egov.approval.supervision;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;

import org.springframework.stereotype.Component;

/**
 * Who may see and handle which card, on two levels: a department's supervisors see and
 * answer their department's cards; the supervision bureau sees the cards of its region
 * and of the regions below it and reviews them; auditors read the cards of their region.
 * Anything else is answered as if the card did not exist.
 */
@Component
class CardAccess {

	private final OrganisationDirectory organisation;

	CardAccess(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	boolean canRead(PlatformUser user, SupervisionCard card) {
		return canAnswer(user, card) || readsRegionOf(user, card);
	}

	/** A supervisor of the card's own department. */
	boolean canAnswer(PlatformUser user, SupervisionCard card) {
		return user.hasRole(Role.DEPT_SUPERVISOR) && card.departmentCode().equals(user.getDepartmentCode());
	}

	/** A bureau supervisor of the card's region or of a region above it. */
	boolean canReview(PlatformUser user, SupervisionCard card) {
		return user.hasRole(Role.BUREAU_SUPERVISOR) && within(user, card.departmentCode());
	}

	/** The departments whose cards a user may list; empty when none. */
	List<String> departments(PlatformUser user) {
		if (user.hasRole(Role.BUREAU_SUPERVISOR) || user.hasRole(Role.AUDITOR)) {
			return this.organisation.departmentsInRegionOf(user.getDepartmentCode());
		}
		if (user.hasRole(Role.DEPT_SUPERVISOR) && user.getDepartmentCode() != null) {
			return List.of(user.getDepartmentCode());
		}
		return List.of();
	}

	private boolean readsRegionOf(PlatformUser user, SupervisionCard card) {
		return (user.hasRole(Role.BUREAU_SUPERVISOR) || user.hasRole(Role.AUDITOR))
				&& within(user, card.departmentCode());
	}

	private boolean within(PlatformUser user, String departmentCode) {
		Region own = this.organisation.regionOfDepartment(user.getDepartmentCode()).orElse(null);
		Region card = this.organisation.regionOfDepartment(departmentCode).orElse(null);
		return own != null && card != null && this.organisation.isWithin(card.code(), own.code());
	}

}
