package cn.egov.approval.notices;

import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationMapper;
import cn.egov.approval.organisation.Region;

import org.springframework.stereotype.Component;

/** Builds the issuing agency of a department from the organisation and the settings. */
@Component
class NoticeAgencies {

	private final OrganisationMapper organisation;

	private final NoticeProperties properties;

	NoticeAgencies(OrganisationMapper organisation, NoticeProperties properties) {
		this.organisation = organisation;
		this.properties = properties;
	}

	IssuingAgency forDepartment(String departmentCode) {
		Department department = this.organisation.findDepartment(departmentCode)
			.orElseThrow(() -> new IllegalArgumentException("Unknown department " + departmentCode));
		Region region = this.organisation.findRegion(department.regionCode())
			.orElseThrow(() -> new IllegalStateException("Department " + departmentCode + " has no region"));
		NoticeProperties.Agency settings = this.properties.agencies()
			.getOrDefault(departmentCode, NoticeProperties.Agency.UNSET);
		// ARL 24: the county (city) government hears reconsideration against its
		// departments;
		// ALitL 18: the basic court where the agency sits hears the case first.
		return new IssuingAgency(departmentCode, department.name(), or(settings.serialPrefix(), department.shortName()),
				or(settings.reconsiderationBody(), region.name() + "人民政府"),
				or(settings.court(), region.name() + "人民法院"));
	}

	private static String or(String configured, String fallback) {
		return (configured != null && !configured.isBlank()) ? configured : fallback;
	}

}
