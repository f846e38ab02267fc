package cn.egov.approval.calendar.engine;

import cn.egov.approval.calendar.CalendarSnapshots;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Lets BPMN count working days: timer durations
 * ({@code <timeDuration>P5WD</timeDuration>}) and dates ({@code <timeDate>} and a user
 * task's {@code camunda:dueDate}) accept {@link WorkingDayDuration} text. Camunda picks a
 * business calendar by timer kind only, so ours takes the "duration" and "dueDate" names
 * and delegates every other description to Camunda's calendar; cycles stay Camunda's.
 */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

	private final CalendarSnapshots snapshots;

	WorkingDayCalendarPlugin(CalendarSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
		calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
				new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), this.snapshots::current));
		calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
				new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), this.snapshots::current));
		calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		configuration.setBusinessCalendarManager(calendars);
	}

}
