package cn.egov.approval.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static cn.egov.approval.calendar.WorkingDayCalendarTest.instant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clock of special procedures (ALL 45): paused days are not counted. Convention (see
 * {@link PausedDays}): a day any part of which lies in a pause is paused.
 */
class PausedDaysTest {

	private final WorkingDayCalendar calendar = OfficialSchedules.calendar();

	private final LocalDate monday = LocalDate.parse("2026-03-02");

	@Test
	void shouldNotCountTheDaysAPauseTouches() {
		PausedInterval hearing = pause("2026-03-03T15:00:00", "2026-03-05T10:00:00");

		assertThat(this.calendar.nthWorkingDayAfter(this.monday, 5).date()).isEqualTo("2026-03-09");
		assertThat(this.calendar.nthWorkingDayAfter(this.monday, 5, List.of(hearing)).date()).isEqualTo("2026-03-12");
	}

	@Test
	void shouldNotPauseTheDayAPauseEndsOnAtMidnight() {
		PausedInterval inspection = pause("2026-03-03T15:00:00", "2026-03-05T00:00:00");

		assertThat(this.calendar.nthWorkingDayAfter(this.monday, 5, List.of(inspection)).date())
			.isEqualTo("2026-03-11");
	}

	@Test
	void shouldCountOverlappingPausesOnce() {
		List<PausedInterval> pauses = List.of(pause("2026-03-04T09:00:00", "2026-03-06T12:00:00"),
				pause("2026-03-03T09:00:00", "2026-03-04T12:00:00"),
				pause("2026-03-05T09:00:00", "2026-03-05T10:00:00"));

		assertThat(this.calendar.nthWorkingDayAfter(this.monday, 5, pauses).date()).isEqualTo("2026-03-13");
		assertThat(this.calendar.workingDaysBetween(instant("2026-03-02T09:00:00"), instant("2026-03-13T00:00:00"),
				pauses))
			.isEqualTo(new WorkingDayCount(4, false));
	}

	@Test
	void shouldIgnoreEmptyPausesAndPausesBeforeTheTrigger() {
		List<PausedInterval> pauses = List.of(pause("2026-03-03T09:00:00", "2026-03-03T09:00:00"),
				pause("2026-02-02T09:00:00", "2026-02-27T09:00:00"));

		assertThat(this.calendar.nthWorkingDayAfter(this.monday, 5, pauses).date()).isEqualTo("2026-03-09");
	}

	@Test
	void shouldSubtractPausedWorkingDaysFromTheElapsedCount() {
		PausedInterval expertReview = pause("2026-03-03T15:00:00", "2026-03-05T10:00:00");
		Instant accepted = instant("2026-03-02T09:00:00");
		Instant now = instant("2026-03-13T00:00:00");

		assertThat(this.calendar.workingDaysBetween(accepted, now).days()).isEqualTo(8);
		assertThat(this.calendar.workingDaysBetween(accepted, now, List.of(expertReview)).days()).isEqualTo(5);
	}

	@Test
	void shouldSkipPausedDaysBackwards() {
		PausedInterval testing = pause("2026-03-04T08:00:00", "2026-03-06T17:00:00");

		assertThat(this.calendar.previousWorkingDay(LocalDate.parse("2026-03-09"), List.of(testing)).date())
			.isEqualTo("2026-03-03");
	}

	@Test
	void shouldPauseAcrossAHolidayBlockAndStillCountMakeUpDays() {
		// Paused from 2026-09-28 16:00 to 2026-10-09 10:00: Sep 28–30 and Oct 8–9 are
		// taken out; Oct 10 is a make-up Saturday and counts.
		PausedInterval hearing = pause("2026-09-28T16:00:00", "2026-10-09T10:00:00");

		assertThat(this.calendar.nthWorkingDayAfter(LocalDate.parse("2026-09-25"), 2, List.of(hearing)).date())
			.isEqualTo("2026-10-12");
	}

	@Test
	void shouldAgreeWithADayByDayWalkOnRandomCases() {
		Random random = new Random(20261122);
		for (int round = 0; round < 2000; round++) {
			LocalDate from = LocalDate.parse("2025-01-01").plusDays(random.nextInt(700));
			int n = random.nextInt(40);
			List<PausedInterval> pauses = randomPauses(random, from);

			assertThat(this.calendar.nthWorkingDayAfter(from, n, pauses).date()).as("%s + %d WD, %s", from, n, pauses)
				.isEqualTo(walk(from, n, pauses));
		}
	}

	private List<PausedInterval> randomPauses(Random random, LocalDate around) {
		List<PausedInterval> pauses = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			Instant start = around.atStartOfDay(WorkingDayCalendar.ZONE)
				.toInstant()
				.plusSeconds(random.nextInt(60 * 86_400) - 10 * 86_400);
			pauses.add(new PausedInterval(start, start.plusSeconds(random.nextInt(10 * 86_400))));
		}
		return pauses;
	}

	/** The naive definition: step day by day, count working days no pause touches. */
	private LocalDate walk(LocalDate from, int n, List<PausedInterval> pauses) {
		LocalDate day = from;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (this.calendar.isWorkday(day) && !touched(day, pauses)) {
				counted++;
			}
		}
		return day;
	}

	private static boolean touched(LocalDate day, List<PausedInterval> pauses) {
		Instant start = day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
		Instant end = WorkingDayCalendar.endOf(day);
		return pauses.stream().anyMatch((pause) -> pause.start().isBefore(end) && pause.end().isAfter(start));
	}

	private static PausedInterval pause(String start, String end) {
		return new PausedInterval(instant(start), instant(end));
	}

}
