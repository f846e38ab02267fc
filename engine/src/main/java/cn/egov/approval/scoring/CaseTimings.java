package cn.egov.approval.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.egov.approval.calendar.CalendarService;
import cn.egov.approval.calendar.WorkingDayCalendar;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.supervision.SupervisionFact;

import org.springframework.stereotype.Component;

/**
 * How a completed case finished against its deadlines, from its case file (a case of this
 * platform) or from the fact's payload (a case reported by another department's system:
 * {@code promisedDeadline}, {@code statutoryDeadline}, {@code acceptedAt},
 * {@code statutoryDays}, {@code pausedDays}). A case measured neither way counts as
 * completed without timing.
 */
@Component
class CaseTimings {

	private final ScoreMapper mapper;

	private final CalendarService calendars;

	CaseTimings(ScoreMapper mapper, CalendarService calendars) {
		this.mapper = mapper;
		this.calendars = calendars;
	}

	Optional<CaseTiming> of(SupervisionFact ended) {
		Optional<ScoreMapper.CaseDeadlines> deadlines = this.mapper.deadlinesOf(ended.caseNo())
			.or(() -> fromPayload(ended));
		return deadlines.filter((d) -> d.promisedDeadline() != null && d.statutoryDeadline() != null)
			.map((d) -> timing(d, ended.at()));
	}

	private CaseTiming timing(ScoreMapper.CaseDeadlines deadlines, Instant end) {
		WorkingDayCalendar calendar = this.calendars.calendarFor(deadlines.regionCode());
		LocalDate endDay = ScoreFactRules.day(end);
		boolean onTime = !endDay.isAfter(deadlines.promisedDeadline());
		// Early: at least one working day of the promised limit was left unused.
		boolean early = onTime && calendar
			.workingDaysBetween(endDay.atStartOfDay(PlatformClock.ZONE).toInstant(),
					WorkingDayCalendar.endOf(deadlines.promisedDeadline()))
			.days() >= 1;
		boolean pastStatutory = endDay.isAfter(deadlines.statutoryDeadline());
		long actual = 0;
		if (deadlines.acceptedAt() != null) {
			Instant from = deadlines.acceptedAt().atZone(PlatformClock.ZONE).toInstant();
			Instant to = WorkingDayCalendar.endOf(endDay);
			actual = to.isAfter(from) ? calendar.workingDaysBetween(from, to).days() : 0;
		}
		long net = Math.max(0, actual - deadlines.pausedWorkingDays());
		return new CaseTiming(onTime, early, pastStatutory, net, deadlines.statutoryDays());
	}

	private static Optional<ScoreMapper.CaseDeadlines> fromPayload(SupervisionFact fact) {
		if (fact.blank("promisedDeadline") || fact.blank("statutoryDeadline") || fact.blank("statutoryDays")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ScoreMapper.CaseDeadlines(null, LocalDate.parse(fact.get("promisedDeadline")),
					LocalDate.parse(fact.get("statutoryDeadline")),
					fact.blank("acceptedAt") ? null : LocalDateTime.parse(fact.get("acceptedAt")),
					Integer.parseInt(fact.get("statutoryDays")),
					fact.blank("pausedDays") ? 0 : Integer.parseInt(fact.get("pausedDays"))));
		}
		catch (RuntimeException ex) {
			// A malformed report is counted as completed without timing rather than lost.
			return Optional.empty();
		}
	}

}
