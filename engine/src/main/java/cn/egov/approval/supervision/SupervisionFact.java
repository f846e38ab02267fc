package cn.egov.approval.supervision;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that happened on a case, as supervision records it. The engine's history and
 * the data exchange both write facts through {@link SupervisionFacts#record}.
 *
 * @param source where it came from
 * @param key what makes it the same fact when it arrives again (unique per source)
 * @param caseNo the case
 * @param departmentCode the department answerable for it, or {@code null} to take the
 * case's
 * @param itemCode the item, where known
 * @param kind what happened
 * @param at when it happened
 * @param actor who did it, or {@code null} for the system
 * @param step the step (task definition key, chain role or timer id), or {@code null}
 * @param payload the kind's details
 */
public record SupervisionFact(SupervisionFactSource source, String key, String caseNo, String departmentCode,
		String itemCode, SupervisionFactKind kind, Instant at, String actor, String step, Map<String, String> payload) {

	public SupervisionFact {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(caseNo, "caseNo");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(at, "at");
		Map<String, String> present = new java.util.HashMap<>();
		if (payload != null) {
			payload.forEach((name, value) -> {
				if (value != null) {
					present.put(name, value);
				}
			});
		}
		payload = Map.copyOf(present);
	}

	/** A payload value, or {@code null}. */
	public String get(String name) {
		return this.payload.get(name);
	}

	/** Whether a payload value is missing or blank. */
	public boolean blank(String name) {
		String value = this.payload.get(name);
		return value == null || value.isBlank();
	}

}
