package cn.egov.approval.casework;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.egov.approval.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Re-runs the due-date expressions of a process instance's legal-clock timers (the
 * boundary timers that read a case's stored deadlines), after the deadlines moved or a
 * pause began or ended. Shared by the licensing and the penalty clocks.
 */
public final class LegalClockTimers {

	/** Where a legal-clock timer waits while the clock stands still (a pause). */
	public static final Date STOPPED = Date
		.from(WorkingDayCalendar.endOf(LocalDate.of(WorkingDayCalendar.LAST_YEAR, 12, 30)));

	private LegalClockTimers() {
	}

	/**
	 * @param management the engine's management service
	 * @param processInstanceId the case's process instance
	 * @param activityIds the boundary timers that are legal clocks, by BPMN id
	 */
	public static void recalculate(ManagementService management, String processInstanceId, Set<String> activityIds) {
		List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().list();
		if (timers.isEmpty()) {
			return;
		}
		Set<String> clockDefinitions = new HashSet<>();
		for (JobDefinition definition : management.createJobDefinitionQuery()
			.processDefinitionId(timers.get(0).getProcessDefinitionId())
			.list()) {
			if (activityIds.contains(definition.getActivityId())) {
				clockDefinitions.add(definition.getId());
			}
		}
		timers.stream()
			.filter((job) -> clockDefinitions.contains(job.getJobDefinitionId()))
			.forEach((job) -> management.recalculateJobDuedate(job.getId(), false));
	}

}
