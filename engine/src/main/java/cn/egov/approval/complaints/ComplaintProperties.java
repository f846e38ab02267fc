package cn.egov.approval.complaints;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Complaint settings ({@code platform.complaints.*}); the 5 working days to accept or
 * reject are in the BPMN ({@code P5WD}).
 *
 * @param publicFilingsPerMinute anonymous filings allowed per client and minute, and as
 * many look-ups and ratings
 * @param defaultRegion the region whose supervision bureau registers a complaint that
 * names neither a case nor a department; without it such a complaint is refused
 * @param handlingWorkingDays the department's limit when the bureau routes without one
 * @param maxHandlingWorkingDays the longest limit the bureau may give
 * @param ratingWorkingDays how long the complainant may rate the handling after feedback
 */
@ConfigurationProperties("platform.complaints")
public record ComplaintProperties(Integer publicFilingsPerMinute, String defaultRegion, Integer handlingWorkingDays,
		Integer maxHandlingWorkingDays, Integer ratingWorkingDays) {

	public ComplaintProperties {
		publicFilingsPerMinute = (publicFilingsPerMinute != null) ? publicFilingsPerMinute : 20;
		handlingWorkingDays = (handlingWorkingDays != null) ? handlingWorkingDays : 10;
		maxHandlingWorkingDays = (maxHandlingWorkingDays != null) ? maxHandlingWorkingDays : 30;
		ratingWorkingDays = (ratingWorkingDays != null) ? ratingWorkingDays : 10;
	}

}
