package cn.egov.approval.archive;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * The departments whose notices a reader of the archive sees: every department of the
 * reader's own region and the regions below it (an auditor of the county sees the
 * county's departments). A reader without a department sees nothing.
 */
@Component
class ArchiveScope {

	private final OrganisationDirectory organisation;

	ArchiveScope(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	List<String> departments(PlatformUser user) {
		return this.organisation.departmentsInRegionOf(user.getDepartmentCode());
	}

}
