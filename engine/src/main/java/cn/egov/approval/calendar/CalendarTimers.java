package cn.egov.approval.calendar;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import cn.egov.approval.calendar.engine.WorkingDayDuration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

import org.springframework.stereotype.Component;

/**
 * Moves running timers after the calendar changed: every timer whose definition counts
 * working days and whose due date is on or after the first changed day is recalculated
 * from its creation time, so it lands where it would have with the new data from the
 * start. Timers due before that day cannot depend on the change.
 */
@Component
class CalendarTimers {

	private final ManagementService management;

	CalendarTimers(ManagementService management) {
		this.management = management;
	}

	/** Recalculates the timers due from {@code firstChangedDay} on; answers how many. */
	int recalculateFrom(LocalDate firstChangedDay) {
		// The due date is an instant; the day starts at 00:00 China Standard Time, and
		// duedateHigherThan is strict.
		Date from = Date.from(firstChangedDay.atStartOfDay(WorkingDayCalendar.ZONE).toInstant().minusMillis(1));
		int recalculated = 0;
		for (JobDefinition definition : workingDayTimerDefinitions()) {
			List<Job> jobs = this.management.createJobQuery()
				.jobDefinitionId(definition.getId())
				.timers()
				.duedateHigherThan(from)
				.list();
			for (Job job : jobs) {
				this.management.recalculateJobDuedate(job.getId(), true);
				recalculated++;
			}
		}
		return recalculated;
	}

	private List<JobDefinition> workingDayTimerDefinitions() {
		return this.management.createJobDefinitionQuery()
			.list()
			.stream()
			.filter((definition) -> definition.getJobType().startsWith("timer"))
			.filter((definition) -> WorkingDayDuration.mayAppearIn(definition.getJobConfiguration()))
			.toList();
	}

}
