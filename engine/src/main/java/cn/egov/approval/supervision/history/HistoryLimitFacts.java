package cn.egov.approval.supervision.history;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.SupervisionFactKind;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;

/**
 * The legal-clock timers of the licensing processes firing. The deadline is taken from
 * the timer's due date (24:00 of the limit's last day), not from the time it fired, so
 * that a timer re-armed for the same deadline, or a job run again, names the same
 * deadline.
 */
final class HistoryLimitFacts {

	/** Boundary timer ids by the limit they watch. */
	private static final Map<String, String> LIMITS = Map.of("ReminderDue", "REMINDER", "PromisedLimitReached",
			"PROMISED", "StatutoryLimitReached", "STATUTORY", "SubLimitReached", "SUB", "CertificateLimitReached",
			"CERTIFICATE");

	private HistoryLimitFacts() {
	}

	static Optional<SupervisionFact> of(HistoricActivityInstanceEventEntity event, HistoryCaseContext context) {
		String limit = LIMITS.get(event.getActivityId());
		if (limit == null) {
			return Optional.empty();
		}
		String pi = event.getProcessInstanceId();
		String department = "SUB".equals(limit) ? context.variable(event.getExecutionId(), "participantDepartment")
				: null;
		LocalDate deadline = context.firingTimerDue(event.getActivityId(), pi, department)
			.map(HistoryLimitFacts::lastDay)
			.orElseGet(context::today);
		String key = "limit:" + pi + ":" + limit + ":" + ((department != null) ? department + ":" : "") + deadline;
		return context.caseFact(key, pi, department, SupervisionFactKind.LIMIT_REACHED, null, event.getActivityId(),
				Map.of("limit", limit, "deadline", deadline.toString()));
	}

	/** The day a due date at 24:00 ends. */
	private static LocalDate lastDay(Date due) {
		return due.toInstant().minusSeconds(1).atZone(PlatformClock.ZONE).toLocalDate();
	}

}
