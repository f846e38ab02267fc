package cn.egov.approval.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Supervision settings a decision table does not fit ({@code platform.supervision.*}).
 *
 * @param processes the process keys whose history supervision observes
 * @param backdatingTolerance how long before it was recorded a decision may say it was
 * made before it counts as back-dated (先批后录)
 * @param mandatoryNotices the notice types a case must have when it ends, by how it ended
 * (APPROVED, REFUSED, NOT_ACCEPTED, WITHDRAWN); the acceptance notice is added for every
 * accepted case that was not decided on the spot
 */
@ConfigurationProperties("platform.supervision")
public record WarningProperties(@DefaultValue( {
		"licensing-standard", "licensing-joint", "levy-standard" }) List<String> processes,
		@DefaultValue("P1D") Duration backdatingTolerance, Map<String, List<String>> mandatoryNotices){

	public WarningProperties {
		if (mandatoryNotices == null || mandatoryNotices.isEmpty()) {
			mandatoryNotices = Map.of("APPROVED", List.of("ACCEPTANCE", "APPROVAL"), "REFUSED",
					List.of("ACCEPTANCE", "REFUSAL"), "NOT_ACCEPTED", List.of("NON_ACCEPTANCE"), "WITHDRAWN",
					List.of("CORRECTION"), "COLLECTED", List.of("LEVY_PAYMENT"), "EXEMPTED", List.of("LEVY_EXEMPTION"));
		}
	}

}
