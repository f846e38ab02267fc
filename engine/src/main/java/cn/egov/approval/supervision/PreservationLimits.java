package cn.egov.approval.supervision;

import java.time.Clock;
import java.util.Map;

import cn.egov.approval.penalty.PreservationOverdue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Preserved evidence not decided on within 7 working days (APL 56) is a step past its own
 * limit: a warning through the same limit rule as the case clocks, raised in the
 * transaction of the timer that found it. The preservation process is not observed
 * through the history (its start and end are no case's own), so the penalty feature
 * reports the limit.
 */
@Component
class PreservationLimits {

	private static final String SUBJECT_PREFIX = "EP-";

	private final SupervisionFacts facts;

	private final Clock clock;

	PreservationLimits(SupervisionFacts facts, Clock clock) {
		this.facts = facts;
		this.clock = clock;
	}

	@EventListener
	void overdue(PreservationOverdue overdue) {
		// Keyed by the preservation: a timer job run again records nothing new, and two
		// preservations of a case due the same day are warned of apart.
		this.facts.record(
				new SupervisionFact(SupervisionFactSource.ENGINE, "preservation:" + overdue.preservationId() + ":limit",
						overdue.caseNo(), overdue.departmentCode(), null, SupervisionFactKind.LIMIT_REACHED,
						this.clock.instant(), null, "DecisionLimitReached", Map.of("limit", "PRESERVATION", "deadline",
								String.valueOf(overdue.dueDate()), "subject", subject(overdue.preservationId()))));
	}

	/**
	 * The warning's key (16 characters at most): the preservation's id, shortened to its
	 * first 48 bits, which tell a case's few preservations apart.
	 */
	private static String subject(String preservationId) {
		return SUBJECT_PREFIX + preservationId.substring(0, Math.min(13, preservationId.length()));
	}

}
