package cn.egov.approval.supervision;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Supervision settings a decision table does not fit ({@code platform.supervision.*}).
 *
 * @param processes the process keys whose history supervision observes; a key ending in
 * {@code *} stands for every key it starts (the reform office's generated item processes
 * are {@code item-<item code>})
 * @param backdatingTolerance how long before it was recorded a decision may say it was
 * made before it counts as back-dated (先批后录)
 * @param mandatoryNotices the notice types a case must have when it ends, by how it ended
 * (APPROVED, REFUSED, NOT_ACCEPTED, WITHDRAWN, and the penalty ends NOT_OPENED,
 * PENALISED, PENALISED_ON_THE_SPOT, NO_PENALTY, TRANSFERRED); the acceptance notice is
 * added for every accepted case that was not decided on the spot
 */
@ConfigurationProperties("platform.supervision")
public record WarningProperties(@DefaultValue( {
		"licensing-standard", "licensing-joint", "levy-standard", "penalty-general", "penalty-simplified",
		"item-*" }) List<String> processes, @DefaultValue("P1D") Duration backdatingTolerance,
		Map<String, List<String>> mandatoryNotices){

	public WarningProperties {
		if (mandatoryNotices == null || mandatoryNotices.isEmpty()) {
			mandatoryNotices = Map.ofEntries(Map.entry("APPROVED", List.of("ACCEPTANCE", "APPROVAL")),
					Map.entry("REFUSED", List.of("ACCEPTANCE", "REFUSAL")),
					Map.entry("NOT_ACCEPTED", List.of("NON_ACCEPTANCE")), Map.entry("WITHDRAWN", List.of("CORRECTION")),
					Map.entry("COLLECTED", List.of("LEVY_PAYMENT")), Map.entry("EXEMPTED", List.of("LEVY_EXEMPTION")),
					Map.entry("NOT_OPENED", List.of("PENALTY_CASE_OPENING")),
					Map.entry("PENALISED", List.of("PENALTY_CASE_OPENING", "PENALTY_DECISION")),
					Map.entry("PENALISED_ON_THE_SPOT", List.of("PENALTY_ON_THE_SPOT_DECISION")),
					Map.entry("NO_PENALTY", List.of("PENALTY_NO_PENALTY")),
					Map.entry("TRANSFERRED", List.of("PENALTY_TRANSFER")));
		}
	}

	/**
	 * Whether supervision observes the cases of a process.
	 * @param processKey the process definition's key
	 * @return whether it is one of {@link #processes()}
	 */
	public boolean observes(String processKey) {
		return processKey != null && this.processes.stream()
			.anyMatch((key) -> key.endsWith("*") ? processKey.regionMatches(0, key, 0, key.length() - 1)
					: key.equals(processKey));
	}

}
