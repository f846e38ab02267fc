package cn.egov.approval.casework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reasons a refusal decision states (ALL 38¶2). The step that decides often only
 * concurs ("同意不予许可") with the step that proposed the refusal and gave the reasons
 * ("经现场核查，……不符合要求"): the decision must carry those, so the reasons are the opinions of
 * every step that refused since the case last went back down the chain, in order, leaving
 * out bare concurrences.
 */
final class RefusalReasons {

	/** "同意不予许可", "不同意", "如拟": an opinion that agrees or disagrees and says no why. */
	private static final Pattern CONCURRENCE = Pattern.compile("(拟?不?同意|如拟|赞同)[^，,；;。.：:]{0,12}[。.]?");

	/** Steps whose REFUSE answers something else than the application. */
	private static final Set<String> OTHER_QUESTIONS = Set.of(StepDefinitions.EXTENSION_APPROVAL,
			StepDefinitions.OVERRIDE_APPROVAL);

	private static final String FALLBACK = "不符合法定条件、标准";

	private RefusalReasons() {
	}

	/**
	 * The reasons for a refusal.
	 * @param events the case's timeline, oldest first
	 * @param decidingOpinion the deciding step's opinion, or {@code null}
	 * @return the reasons, at least one
	 */
	static List<String> of(List<CaseEvent> events, String decidingOpinion) {
		Set<String> opinions = new LinkedHashSet<>();
		for (CaseEvent event : currentPass(events)) {
			if (isRefusal(event) && event.opinion() != null && !event.opinion().isBlank()) {
				opinions.add(event.opinion().strip());
			}
		}
		if (decidingOpinion != null && !decidingOpinion.isBlank()) {
			opinions.add(decidingOpinion.strip());
		}
		List<String> reasons = opinions.stream().filter((o) -> !CONCURRENCE.matcher(o).matches()).toList();
		if (!reasons.isEmpty()) {
			return reasons;
		}
		return opinions.isEmpty() ? List.of(FALLBACK) : new ArrayList<>(opinions);
	}

	/**
	 * The events since the last return to an earlier step: earlier refusals were undone.
	 */
	private static List<CaseEvent> currentPass(List<CaseEvent> events) {
		for (int i = events.size() - 1; i >= 0; i--) {
			if (EventKind.RETURNED.name().equals(events.get(i).kind())) {
				return events.subList(i + 1, events.size());
			}
		}
		return events;
	}

	private static boolean isRefusal(CaseEvent event) {
		boolean stepAnswer = EventKind.STEP_COMPLETED.name().equals(event.kind())
				|| EventKind.ACCEPTED.name().equals(event.kind());
		return stepAnswer && "REFUSE".equals(event.outcome()) && !OTHER_QUESTIONS.contains(event.step());
	}

}
