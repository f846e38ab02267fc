package cn.egov.approval.notices;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-agency settings of the notices, keyed by department code (in YAML, in brackets:
 * {@code "[SFX-SCJGJ]"}). Unset values fall back to the department's short name and its
 * region's government and basic people's court.
 *
 * @param agencies the settings per department code
 */
@ConfigurationProperties("platform.notices")
public record NoticeProperties(Map<String, Agency> agencies) {

	public NoticeProperties {
		agencies = (agencies != null) ? Map.copyOf(agencies) : Map.of();
	}

	/**
	 * @param serialPrefix the agency's 机关代字, e.g. 示县市监
	 * @param reconsiderationBody where applicants apply for reconsideration
	 * @param court the court of first instance for administrative litigation
	 */
	public record Agency(String serialPrefix, String reconsiderationBody, String court) {

		static final Agency UNSET = new Agency(null, null, null);

	}

}
