package cn.egov.approval.satisfaction;

import java.time.LocalDate;

import cn.egov.approval.clock.PlatformClock;
import org.camunda.bpm.engine.task.Task;

/** Due dates of tasks whose limits are counted in working days ({@code P15WD}). */
public final class TaskDeadlines {

	private TaskDeadlines() {
	}

	/**
	 * The last day of a task's limit: a limit ends at 24:00 of its last working day
	 * (domain.md §0), which the engine keeps as 00:00 of the next day.
	 * @return the day, or null for a task without a due date
	 */
	public static LocalDate lastDay(Task task) {
		if (task == null || task.getDueDate() == null) {
			return null;
		}
		return LocalDate.ofInstant(task.getDueDate().toInstant().minusSeconds(1), PlatformClock.ZONE);
	}

}
