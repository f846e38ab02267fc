package cn.egov.approval.calendar.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;

import cn.egov.approval.calendar.CalendarSnapshot;
import cn.egov.approval.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * A Camunda business calendar that resolves {@link WorkingDayDuration working-day
 * durations} and hands everything else to Camunda's own calendar of the same kind.
 * <p>
 * A limit of N working days started at instant S is due at 24:00 (China Standard Time) of
 * the N-th working day after S's day, the day of S not counted (domain.md §0): a timer on
 * it fires once the limit has passed. The start is the timer's creation time when Camunda
 * recalculates a due date "creation-date based", otherwise the engine clock
 * ({@link ClockUtil}), so that a recalculation after a schedule change moves the timer as
 * if the new schedule had been known from the start.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

	private final BusinessCalendar fallback;

	private final Supplier<CalendarSnapshot> snapshots;

	/**
	 * @param fallback Camunda's calendar of the same kind, for every other description
	 * @param snapshots the calendar in force, read at each resolution
	 */
	public WorkingDayBusinessCalendar(BusinessCalendar fallback, Supplier<CalendarSnapshot> snapshots) {
		if (fallback == null || snapshots == null) {
			throw new IllegalArgumentException("A fallback calendar and the calendar snapshots are required");
		}
		this.fallback = fallback;
		this.snapshots = snapshots;
	}

	@Override
	public Date resolveDuedate(String duedateDescription) {
		return resolveDuedate(duedateDescription, (Date) null);
	}

	@Override
	public Date resolveDuedate(String duedateDescription, Date startDate) {
		Optional<WorkingDayDuration> duration = parse(duedateDescription);
		if (duration.isEmpty()) {
			return this.fallback.resolveDuedate(duedateDescription, startDate);
		}
		Date start = (startDate != null) ? startDate : ClockUtil.getCurrentTime();
		return resolve(duration.get(), start.toInstant(), duedateDescription);
	}

	@Override
	public Date resolveDuedate(String duedateDescription, Task task) {
		Optional<WorkingDayDuration> duration = parse(duedateDescription);
		if (duration.isEmpty()) {
			return this.fallback.resolveDuedate(duedateDescription, task);
		}
		Date created = (task != null) ? task.getCreateTime() : null;
		Date start = (created != null) ? created : ClockUtil.getCurrentTime();
		return resolve(duration.get(), start.toInstant(), duedateDescription);
	}

	private Date resolve(WorkingDayDuration duration, Instant start, String description) {
		WorkingDayCalendar calendar = this.snapshots.get()
			.forRegion(duration.regionCode())
			.orElseThrow(() -> new ProcessEngineException(
					"Unknown region '" + duration.regionCode() + "' in the due date '" + description + "'"));
		try {
			LocalDate trigger = LocalDate.ofInstant(start, WorkingDayCalendar.ZONE);
			return Date.from(calendar.nthWorkingDayAfter(trigger, duration.workingDays()).end());
		}
		catch (IllegalArgumentException ex) {
			throw new ProcessEngineException("Cannot resolve the due date '" + description + "': " + ex.getMessage(),
					ex);
		}
	}

	private static Optional<WorkingDayDuration> parse(String description) {
		try {
			return WorkingDayDuration.parse(description);
		}
		catch (IllegalArgumentException ex) {
			throw new ProcessEngineException(ex.getMessage(), ex);
		}
	}

}
