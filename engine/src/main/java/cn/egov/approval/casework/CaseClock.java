package cn.egov.approval.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.egov.approval.calendar.CalendarService;
import cn.egov.approval.calendar.PausedInterval;
import cn.egov.approval.calendar.WorkingDayCalendar;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.BadRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * The legal clocks of a case, in working days of its region's calendar: the deadlines
 * stored on the case, and the dates the BPMN timers read ({@code ${caseClock...}}). While
 * a special procedure runs, every legal-clock timer reads a date beyond the calendar, so
 * none fires; when it ends the deadlines move by the paused working days and the timers
 * are re-armed ({@link #rearm}).
 */
@Component("caseClock")
public class CaseClock {

	/** The timers that measure the handling limits, by their BPMN ids. */
	static final Set<String> LEGAL_CLOCK_TIMERS = Set.of("ReminderDue", "PromisedLimitReached", "StatutoryLimitReached",
			"SubLimitReached");

	/** The user tasks whose due date is a handling deadline. */
	static final Set<String> DEADLINE_TASKS = Set.of("ChainStep", "JointOpinion");

	private final CaseMapper mapper;

	private final CalendarService calendars;

	private final CaseworkProperties properties;

	private final ManagementService management;

	private final TaskService tasks;

	private final Clock clock;

	CaseClock(CaseMapper mapper, CalendarService calendars, CaseworkProperties properties, ManagementService management,
			TaskService tasks, Clock clock) {
		this.mapper = mapper;
		this.calendars = calendars;
		this.properties = properties;
		this.management = management;
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * Computes and stores the deadlines of an accepted case (and its co-departments'
	 * sub-deadlines) from its acceptance, pauses and extension: after acceptance, a pause
	 * and an extension alike.
	 * @return the stored deadlines
	 */
	Deadlines store(CaseFile file) {
		List<CasePause> pauses = this.mapper.findPauses(file.caseNo());
		Deadlines deadlines = deadlines(file, pauses);
		this.mapper.setDeadlines(file.caseNo(), deadlines.promised(), deadlines.statutory(),
				deadlines.pausedWorkingDays());
		for (CaseParticipant participant : this.mapper.findParticipants(file.caseNo())) {
			if (participant.subLimitDays() != null) {
				this.mapper.setSubDeadline(file.caseNo(), participant.departmentCode(),
						subDeadline(file, participant.subLimitDays(), pauses));
			}
		}
		return deadlines;
	}

	/** The deadlines of an accepted case, with its pauses so far and its extension. */
	private Deadlines deadlines(CaseFile file, List<CasePause> pauses) {
		LocalDate accepted = file.acceptedAt().toLocalDate();
		int extension = file.extension();
		if (file.calendarDays()) {
			return new Deadlines(accepted.plusDays(file.promisedLimitDays() + extension),
					accepted.plusDays(file.statutoryLimitDays() + extension), 0);
		}
		WorkingDayCalendar calendar = calendar(file);
		List<PausedInterval> intervals = intervals(pauses);
		return new Deadlines(
				calendar.nthWorkingDayAfter(accepted, file.promisedLimitDays() + extension, intervals).date(),
				calendar.nthWorkingDayAfter(accepted, file.statutoryLimitDays() + extension, intervals).date(),
				pausedWorkingDays(file, intervals));
	}

	/**
	 * A joint case's co-department deadline: its sub-limit from acceptance, pauses not
	 * counted.
	 */
	private LocalDate subDeadline(CaseFile file, int subLimitDays, List<CasePause> pauses) {
		return calendar(file)
			.nthWorkingDayAfter(file.acceptedAt().toLocalDate(), subLimitDays + file.extension(), intervals(pauses))
			.date();
	}

	/** Working days one pause took out of the count. */
	int pausedWorkingDays(CaseFile file, CasePause pause) {
		return pausedWorkingDays(file, intervals(List.of(pause)));
	}

	/** The N-th working day after a day, in the case's calendar. */
	LocalDate workingDaysAfter(CaseFile file, LocalDate day, int workingDays) {
		return calendar(file).nthWorkingDayAfter(day, workingDays).date();
	}

	/**
	 * Working days left until the promised deadline: 0 on its last day, negative once
	 * over; {@code null} before acceptance.
	 */
	Integer workingDaysLeft(CaseFile file) {
		if (file.promisedDeadline() == null) {
			return null;
		}
		LocalDate today = today();
		LocalDate deadline = file.promisedDeadline();
		WorkingDayCalendar calendar = calendar(file);
		Instant startOfToday = today.atStartOfDay(PlatformClock.ZONE).toInstant();
		Instant startOfDeadline = deadline.atStartOfDay(PlatformClock.ZONE).toInstant();
		if (!deadline.isBefore(today)) {
			return calendar.workingDaysBetween(startOfToday, WorkingDayCalendar.endOf(deadline)).days();
		}
		return -calendar.workingDaysBetween(startOfDeadline, WorkingDayCalendar.endOf(today)).days();
	}

	// The expressions the BPMN timers and due dates read.

	public Date reminderAt(String caseNo) {
		CaseFile file = find(caseNo);
		if (stopped(file)) {
			return LegalClockTimers.STOPPED;
		}
		return Date.from(WorkingDayCalendar.endOf(calendar(file).previousWorkingDay(file.promisedDeadline()).date()));
	}

	public Date promisedDueAt(String caseNo) {
		CaseFile file = find(caseNo);
		return stopped(file) ? LegalClockTimers.STOPPED : Date.from(WorkingDayCalendar.endOf(file.promisedDeadline()));
	}

	public Date statutoryDueAt(String caseNo) {
		CaseFile file = find(caseNo);
		return stopped(file) ? LegalClockTimers.STOPPED : Date.from(WorkingDayCalendar.endOf(file.statutoryDeadline()));
	}

	public Date subLimitDueAt(String caseNo, String departmentCode) {
		CaseFile file = find(caseNo);
		if (stopped(file)) {
			return LegalClockTimers.STOPPED;
		}
		LocalDate deadline = this.mapper.findParticipants(caseNo)
			.stream()
			.filter((participant) -> participant.departmentCode().equals(departmentCode))
			.map(CaseParticipant::subDeadline)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(file.promisedDeadline());
		return Date.from(WorkingDayCalendar.endOf(deadline));
	}

	public Date certificateDueAt(String caseNo) {
		CaseFile file = find(caseNo);
		LocalDate decided = (file.decidedAt() != null) ? file.decidedAt().toLocalDate() : today();
		return Date
			.from(WorkingDayCalendar.endOf(workingDaysAfter(file, decided, this.properties.certificateWorkingDays())));
	}

	public Date correctionDueAt(String caseNo) {
		CaseFile file = find(caseNo);
		LocalDate deadline = (file.correctionDeadline() != null) ? file.correctionDeadline()
				: workingDaysAfter(file, today(), this.properties.correctionWorkingDays());
		return Date.from(WorkingDayCalendar.endOf(deadline));
	}

	/**
	 * The co-departments of a joint case: the collection its parallel review runs over.
	 */
	public List<String> coDepartments(String caseNo) {
		return this.mapper.findParticipants(caseNo)
			.stream()
			.filter((participant) -> !participant.isLead())
			.map(CaseParticipant::departmentCode)
			.toList();
	}

	/**
	 * Sets the legal-clock timers and deadline tasks of a case to what the case now says:
	 * far ahead while a pause runs, the moved deadlines after it.
	 */
	void rearm(CaseFile file) {
		if (file.processInstanceId() == null) {
			return;
		}
		LegalClockTimers.recalculate(this.management, file.processInstanceId(), LEGAL_CLOCK_TIMERS);
		for (Task task : this.tasks.createTaskQuery().processInstanceId(file.processInstanceId()).list()) {
			if (DEADLINE_TASKS.contains(task.getTaskDefinitionKey())
					|| StepDefinitions.isChainStep(task.getTaskDefinitionKey())) {
				String department = (String) this.tasks.getVariable(task.getId(), "participantDepartment");
				task.setDueDate(
						(department != null) ? subLimitDueAt(file.caseNo(), department) : promisedDueAt(file.caseNo()));
				this.tasks.saveTask(task);
			}
		}
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), PlatformClock.ZONE);
	}

	private boolean stopped(CaseFile file) {
		return this.mapper.findPauses(file.caseNo()).stream().anyMatch(CasePause::open);
	}

	private int pausedWorkingDays(CaseFile file, List<PausedInterval> intervals) {
		if (intervals.isEmpty()) {
			return 0;
		}
		WorkingDayCalendar calendar = calendar(file);
		Instant from = file.acceptedAt().atZone(PlatformClock.ZONE).toInstant();
		Instant lastEnd = intervals.stream().map(PausedInterval::end).max(Instant::compareTo).orElseThrow();
		Instant to = WorkingDayCalendar.endOf(LocalDate.ofInstant(lastEnd, PlatformClock.ZONE));
		if (to.isBefore(from)) {
			return 0;
		}
		return calendar.workingDaysBetween(from, to).days() - calendar.workingDaysBetween(from, to, intervals).days();
	}

	/**
	 * The ended pauses' intervals. A running one is left out: while it runs the deadlines
	 * stay where they stood when it began (its timers wait), and it moves them by its
	 * working days once, when it ends. Counting it up to now as well made an extension
	 * granted during a pause start from a deadline already moved by part of the pause,
	 * and the pause's end then seemed to move it by fewer days than it took.
	 */
	private List<PausedInterval> intervals(List<CasePause> pauses) {
		return pauses.stream()
			.filter((pause) -> pause.endedAt() != null)
			.map((pause) -> new PausedInterval(instant(pause.startedAt()), instant(pause.endedAt())))
			.toList();
	}

	/**
	 * The statutory deadline if it has lapsed (ALL 42: an extension is decided within the
	 * limit, and a special procedure cannot stop a clock that has run out): lapsed when
	 * its last day is before today, or, while a special procedure runs, before the day
	 * that procedure stopped the clock.
	 */
	Optional<LocalDate> lapsedStatutoryDeadline(CaseFile file) {
		LocalDate deadline = file.statutoryDeadline();
		if (deadline == null) {
			return Optional.empty();
		}
		LocalDate clockDay = this.mapper.findPauses(file.caseNo())
			.stream()
			.filter(CasePause::open)
			.map((pause) -> pause.startedAt().toLocalDate())
			.findFirst()
			.orElseGet(this::today);
		return deadline.isBefore(clockDay) ? Optional.of(deadline) : Optional.empty();
	}

	/**
	 * Refuses what may only happen within the statutory limit once it has lapsed.
	 * @param messageKey the refusal's message, with the deadline as its argument
	 */
	void requireStatutoryLimitRunning(CaseFile file, String messageKey) {
		Optional<LocalDate> lapsed = lapsedStatutoryDeadline(file);
		if (lapsed.isPresent()) {
			throw new BadRequestException(messageKey, lapsed.get().toString());
		}
	}

	private WorkingDayCalendar calendar(CaseFile file) {
		return this.calendars.calendarFor(file.regionCode());
	}

	private CaseFile find(String caseNo) {
		return this.mapper.find(caseNo).orElseThrow(() -> new IllegalStateException("No case " + caseNo));
	}

	private static Instant instant(LocalDateTime time) {
		return time.atZone(PlatformClock.ZONE).toInstant();
	}

	/**
	 * @param promised the last day of the promised limit
	 * @param statutory the last day of the statutory limit
	 * @param pausedWorkingDays working days the pauses took out of the count
	 */
	record Deadlines(LocalDate promised, LocalDate statutory, int pausedWorkingDays) {
	}

}
