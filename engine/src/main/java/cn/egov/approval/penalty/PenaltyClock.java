package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;

import cn.egov.approval.calendar.CalendarService;
import cn.egov.approval.calendar.WorkingDayCalendar;
import cn.egov.approval.casework.LegalClockTimers;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.enforcement.EnforcementWindow;
import cn.egov.approval.penalty.PenaltyRecords.Pause;
import org.camunda.bpm.engine.ManagementService;

import org.springframework.stereotype.Component;

/**
 * The clocks of a penalty case, read by the BPMN timers ({@code ${penaltyClock...}}). The
 * decision limit counts calendar days from opening (APL 60): the item's promised limit
 * and 90 days, each moved by the days paused for a hearing, testing or appraisal and by
 * an approved extension. While a pause runs the legal-clock timers wait beyond the
 * calendar; when it ends the deadlines move and the timers are re-armed. The party's
 * periods (statement, hearing notice) are working days (APL 85); payment is 15 calendar
 * days, and the window to apply to the court for enforcement is counted in calendar days
 * and months.
 */
@Component("penaltyClock")
public class PenaltyClock {

	static final Set<String> LEGAL_CLOCK_TIMERS = Set.of("ReminderDue", "PromisedLimitReached",
			"StatutoryLimitReached");

	private final PenaltyMapper mapper;

	private final CalendarService calendars;

	private final PenaltyProperties properties;

	private final ManagementService management;

	private final Clock clock;

	PenaltyClock(PenaltyMapper mapper, CalendarService calendars, PenaltyProperties properties,
			ManagementService management, Clock clock) {
		this.mapper = mapper;
		this.calendars = calendars;
		this.properties = properties;
		this.management = management;
		this.clock = clock;
	}

	public Date reminderAt(String caseNo) {
		PenaltyCase file = find(caseNo);
		return stopped(caseNo) ? LegalClockTimers.STOPPED : endOf(file.promisedDeadline().minusDays(1));
	}

	public Date promisedDueAt(String caseNo) {
		return stopped(caseNo) ? LegalClockTimers.STOPPED : endOf(find(caseNo).promisedDeadline());
	}

	public Date statutoryDueAt(String caseNo) {
		return stopped(caseNo) ? LegalClockTimers.STOPPED : endOf(find(caseNo).statutoryDeadline());
	}

	public Date statementDueAt(String caseNo) {
		return endOf(find(caseNo).statementDue());
	}

	public Date paymentDueAt(String caseNo) {
		return endOf(find(caseNo).paymentDue());
	}

	/** When the surcharge has grown to the fine and stops growing (APL 72). */
	public Date surchargeCapAt(String caseNo) {
		return endOf(find(caseNo).paymentDue().plusDays(daysToCap()));
	}

	/**
	 * When the agency may apply to the court to enforce the unpaid fine, once the demand
	 * has stood 10 days and the party's time to sue has run out
	 * ({@link EnforcementWindow}).
	 */
	public Date enforcementOpensAt(String caseNo) {
		return endOf(enforcementWindow(find(caseNo)).opensAfter());
	}

	/** The end of the last day to apply to the court: the enforcement task's due date. */
	public Date enforcementClosesAt(String caseNo) {
		return endOf(enforcementWindow(find(caseNo)).lastDay());
	}

	/** The case's enforcement window, from its delivery and its demand. */
	EnforcementWindow enforcementWindow(PenaltyCase file) {
		if (file.deliveredAt() == null || file.demandIssuedAt() == null) {
			throw new IllegalStateException("Penalty case " + file.caseNo() + " has no delivery or no demand yet");
		}
		return EnforcementWindow.of(file.deliveredAt().toLocalDate(), file.demandIssuedAt().toLocalDate());
	}

	/** Days late after which the surcharge equals the fine: 34 at 3 % a day. */
	int daysToCap() {
		return BigDecimal.ONE.divide(this.properties.surchargeRatePerDay(), 0, RoundingMode.CEILING).intValue();
	}

	/**
	 * Computes and stores the case's deadlines from its opening, its finished pauses and
	 * its extension.
	 */
	void store(String caseNo) {
		PenaltyCase file = find(caseNo);
		LocalDate opened = file.openedAt().toLocalDate();
		int paused = this.mapper.pauses(caseNo)
			.stream()
			.filter((pause) -> !pause.open())
			.mapToInt(Pause::pausedDays)
			.sum();
		int extension = file.extensionDays();
		if (file.simplified()) {
			LocalDate filing = workingDaysAfter(file.regionCode(), opened, this.properties.filingWorkingDays());
			this.mapper.setCaseDeadlines(caseNo, filing, filing);
		}
		else {
			this.mapper.setCaseDeadlines(caseNo, opened.plusDays(file.promisedLimitDays() + paused + extension),
					opened.plusDays(this.properties.decisionLimitDays() + paused + extension));
		}
		this.mapper.setDeadlines(caseNo, paused, extension);
	}

	/**
	 * Calendar days a finished pause took out of the count: at least the day it began.
	 */
	static int pausedDays(LocalDateTime start, LocalDateTime end) {
		return (int) Math.max(1, ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()));
	}

	/** Sets the legal-clock timers to what the case now says. */
	void rearm(String caseNo) {
		LegalClockTimers.recalculate(this.management, find(caseNo).processInstanceId(), LEGAL_CLOCK_TIMERS);
	}

	LocalDate workingDaysAfter(String regionCode, LocalDate day, int workingDays) {
		return this.calendars.calendarFor(regionCode).nthWorkingDayAfter(day, workingDays).date();
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), PlatformClock.ZONE);
	}

	LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).truncatedTo(ChronoUnit.SECONDS);
	}

	private boolean stopped(String caseNo) {
		return this.mapper.pauses(caseNo).stream().anyMatch(Pause::open);
	}

	private PenaltyCase find(String caseNo) {
		return this.mapper.find(caseNo).orElseThrow(() -> new IllegalStateException("No penalty case " + caseNo));
	}

	private static Date endOf(LocalDate day) {
		return Date.from(WorkingDayCalendar.endOf(day));
	}

}
