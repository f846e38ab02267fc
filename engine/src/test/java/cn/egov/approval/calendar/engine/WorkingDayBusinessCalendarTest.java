package cn.egov.approval.calendar.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.egov.approval.calendar.CalendarSnapshot;
import cn.egov.approval.calendar.NamedDay;
import cn.egov.approval.calendar.YearSchedule;
import cn.egov.approval.organisation.Region;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working-day durations inside Camunda, every overload of the business calendar. */
class WorkingDayBusinessCalendarTest {

	private static final Date TUESDAY_BEFORE_NATIONAL_DAY = date("2026-09-29T10:00:00+08:00");

	private final CalendarSnapshot snapshot = CalendarSnapshot.of(
			List.of(new YearSchedule(2026, false,
					days("2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"), days("2026-10-10"))),
			List.of(new Region("SF", "示范省", "province", null)), Map.of("SF", days("2026-10-12")));

	private final WorkingDayBusinessCalendar duration = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(),
			() -> this.snapshot);

	private final WorkingDayBusinessCalendar dueDate = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(),
			() -> this.snapshot);

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldEndAWorkingDayLimitAtMidnightAfterItsLastDay() {
		// Sep 30 (1), Oct 8 (2), Oct 9 (3), Oct 10 make-up Saturday (4), Oct 12 (5).
		assertThat(this.duration.resolveDuedate("P5WD", TUESDAY_BEFORE_NATIONAL_DAY))
			.isEqualTo(date("2026-10-13T00:00:00+08:00"));
	}

	@Test
	void shouldCountFromTheEngineClockWithoutAStartDate() {
		ClockUtil.setCurrentTime(TUESDAY_BEFORE_NATIONAL_DAY);

		assertThat(this.duration.resolveDuedate("P1WD")).isEqualTo(date("2026-10-01T00:00:00+08:00"));
		assertThat(this.dueDate.resolveDuedate(" P2WD ")).isEqualTo(date("2026-10-09T00:00:00+08:00"));
	}

	@Test
	void shouldCountATasksDueDateFromItsCreation() {
		TaskEntity task = new TaskEntity();
		task.setCreateTime(TUESDAY_BEFORE_NATIONAL_DAY);

		assertThat(this.dueDate.resolveDuedate("P5WD", task)).isEqualTo(date("2026-10-13T00:00:00+08:00"));
	}

	@Test
	void shouldUseARegionsCalendarWhenNamed() {
		assertThat(this.duration.resolveDuedate("P5WD@SF", TUESDAY_BEFORE_NATIONAL_DAY))
			.isEqualTo(date("2026-10-14T00:00:00+08:00"));
		assertThatThrownBy(() -> this.duration.resolveDuedate("P5WD@XX", TUESDAY_BEFORE_NATIONAL_DAY))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("XX");
	}

	@Test
	void shouldLeaveEverythingElseToCamunda() {
		Date start = date("2026-09-29T10:00:00+08:00");

		assertThat(this.duration.resolveDuedate("P2D", start)).isEqualTo(date("2026-10-01T10:00:00+08:00"));
		assertThat(this.duration.resolveDuedate("PT1H", start)).isEqualTo(date("2026-09-29T11:00:00+08:00"));
		assertThat(this.dueDate.resolveDuedate("2026-11-02T09:00:00", start)).isNotNull();
		assertThat(this.dueDate.resolveDuedate("P3D", start)).isEqualTo(date("2026-10-02T10:00:00+08:00"));
	}

	@Test
	void shouldRejectAnAbsurdLimit() {
		assertThatThrownBy(() -> this.duration.resolveDuedate("P2001WD", TUESDAY_BEFORE_NATIONAL_DAY))
			.isInstanceOf(ProcessEngineException.class);
	}

	@Test
	void shouldTellWhichTimerDefinitionsMayCountWorkingDays() {
		assertThat(WorkingDayDuration.mayAppearIn("DURATION: P5WD")).isTrue();
		assertThat(WorkingDayDuration.mayAppearIn("DURATION: P${limit}WD@${region}")).isTrue();
		assertThat(WorkingDayDuration.mayAppearIn("DURATION: P5D")).isFalse();
		assertThat(WorkingDayDuration.mayAppearIn(null)).isFalse();
	}

	private static List<NamedDay> days(String... dates) {
		return java.util.Arrays.stream(dates).map((d) -> new NamedDay(java.time.LocalDate.parse(d), null)).toList();
	}

	private static Date date(String isoWithOffset) {
		return Date.from(Instant.from(OffsetDateTime.parse(isoWithOffset)));
	}

}
