package cn.egov.approval.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic against the official 2025–2026 schedules (domain.md §0, §1). */
class WorkingDayCalendarTest {

	private final WorkingDayCalendar calendar = OfficialSchedules.calendar();

	@ParameterizedTest(name = "{0} workday={1}")
	@CsvSource({ "2025-01-26, true", "2025-02-08, true", "2025-04-27, true", "2025-09-28, true", "2025-10-11, true",
			"2026-01-04, true", "2026-02-14, true", "2026-02-28, true", "2026-05-09, true", "2026-09-20, true",
			"2026-10-10, true", "2025-01-01, false", "2025-10-06, false", "2026-02-16, false", "2026-06-19, false",
			"2026-09-25, false", "2026-10-07, false", "2026-03-04, true", "2026-03-07, false", "2026-03-08, false" })
	void shouldKnowMakeUpWeekendsHolidaysAndOrdinaryDays(LocalDate date, boolean workday) {
		assertThat(this.calendar.isWorkday(date)).isEqualTo(workday);
	}

	@ParameterizedTest(name = "{1} WD after {0} = {2}")
	@CsvSource({ "2026-09-29, 5, 2026-10-12", "2026-09-30, 1, 2026-10-08", "2025-09-26, 1, 2025-09-28",
			"2026-02-13, 1, 2026-02-14", "2026-02-13, 2, 2026-02-24", "2026-02-13, 20, 2026-03-19",
			"2025-12-31, 1, 2026-01-04", "2025-12-30, 2, 2026-01-04", "2026-03-06, 1, 2026-03-09",
			"2026-03-07, 1, 2026-03-09", "2025-04-30, 1, 2025-05-06", "2025-01-24, 1, 2025-01-26",
			"2026-03-02, 0, 2026-03-02" })
	void shouldCountTheNthWorkingDayAfterWithoutTheTriggerDay(LocalDate from, int n, LocalDate deadline) {
		WorkingDate answer = this.calendar.nthWorkingDayAfter(from, n);

		assertThat(answer.date()).isEqualTo(deadline);
		assertThat(answer.provisional()).isFalse();
	}

	@Test
	void shouldEndADeadlineAtMidnightChinaStandardTime() {
		WorkingDate deadline = this.calendar.nthWorkingDayAfter(LocalDate.parse("2026-09-29"), 5);

		assertThat(deadline.end()).isEqualTo(OffsetDateTime.parse("2026-10-13T00:00:00+08:00").toInstant());
	}

	@Test
	void shouldCountWeekendsOnlyAndSaySoInAYearWithoutSchedule() {
		assertThat(this.calendar.isProvisional(2027)).isTrue();
		assertThat(this.calendar.isProvisional(2026)).isFalse();
		assertThat(this.calendar.nthWorkingDayAfter(LocalDate.parse("2026-12-30"), 1))
			.isEqualTo(new WorkingDate(LocalDate.parse("2026-12-31"), false));
		// 2027-01-01 is a Friday: a working day until the 2027 schedule says otherwise.
		assertThat(this.calendar.nthWorkingDayAfter(LocalDate.parse("2026-12-31"), 1))
			.isEqualTo(new WorkingDate(LocalDate.parse("2027-01-01"), true));
		assertThat(this.calendar.nthWorkingDayAfter(LocalDate.parse("2027-03-05"), 1))
			.isEqualTo(new WorkingDate(LocalDate.parse("2027-03-08"), true));
	}

	@Test
	void shouldFindThePreviousWorkingDay() {
		assertThat(this.calendar.previousWorkingDay(LocalDate.parse("2026-10-08")))
			.isEqualTo(new WorkingDate(LocalDate.parse("2026-09-30"), false));
		assertThat(this.calendar.previousWorkingDay(LocalDate.parse("2026-01-05")))
			.isEqualTo(new WorkingDate(LocalDate.parse("2026-01-04"), false));
		assertThat(this.calendar.previousWorkingDay(LocalDate.parse("2026-02-24")))
			.isEqualTo(new WorkingDate(LocalDate.parse("2026-02-14"), false));
		// 2027 has no schedule: its New Year's Day, a Friday, counts as a working day.
		assertThat(this.calendar.previousWorkingDay(LocalDate.parse("2027-01-04")))
			.isEqualTo(new WorkingDate(LocalDate.parse("2027-01-01"), true));
		assertThat(this.calendar.previousWorkingDay(LocalDate.parse("2027-01-01")))
			.isEqualTo(new WorkingDate(LocalDate.parse("2026-12-31"), false));
	}

	@Test
	void shouldCountWholeWorkingDaysElapsed() {
		Instant accepted = instant("2026-09-29T10:00:00");

		assertThat(this.calendar.workingDaysBetween(accepted, instant("2026-09-29T18:00:00")).days()).isZero();
		assertThat(this.calendar.workingDaysBetween(accepted, instant("2026-09-30T23:59:59")).days()).isZero();
		assertThat(this.calendar.workingDaysBetween(accepted, instant("2026-10-01T00:00:00")).days()).isEqualTo(1);
		assertThat(this.calendar.workingDaysBetween(accepted, instant("2026-10-12T23:59:59")).days()).isEqualTo(4);
		assertThat(this.calendar.workingDaysBetween(accepted, instant("2026-10-13T00:00:00")))
			.isEqualTo(new WorkingDayCount(5, false));
		assertThat(this.calendar.workingDaysBetween(instant("2026-12-30T09:00:00"), instant("2027-01-05T00:00:00")))
			.isEqualTo(new WorkingDayCount(3, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.workingDaysBetween(accepted, accepted.minusSeconds(1)));
	}

	@Test
	void shouldAgreeBetweenDeadlineAndElapsedCount() {
		for (LocalDate from = LocalDate.parse("2025-01-01"); from.getYear() < 2027; from = from.plusDays(3)) {
			WorkingDate deadline = this.calendar.nthWorkingDayAfter(from, 20);
			Instant start = from.atTime(9, 30).atZone(WorkingDayCalendar.ZONE).toInstant();

			assertThat(this.calendar.workingDaysBetween(start, deadline.end()).days()).isEqualTo(20);
			assertThat(this.calendar.workingDaysBetween(start, deadline.end().minusSeconds(1)).days()).isEqualTo(19);
		}
	}

	@Test
	void shouldAddARegionsExtraDaysOff() {
		WorkingDayCalendar county = WorkingDayCalendar.of(List.of(OfficialSchedules.Y2026),
				List.of(new NamedDay(LocalDate.parse("2026-03-10"), "县庆"),
						new NamedDay(LocalDate.parse("2026-02-14"), "本地春节延休")));

		assertThat(county.isWorkday(LocalDate.parse("2026-03-10"))).isFalse();
		assertThat(county.isWorkday(LocalDate.parse("2026-02-14"))).isFalse();
		assertThat(county.nameOf(LocalDate.parse("2026-03-10"))).contains("县庆");
		assertThat(county.nthWorkingDayAfter(LocalDate.parse("2026-03-02"), 7).date())
			.isEqualTo(LocalDate.parse("2026-03-12"));
		assertThat(this.calendar.nthWorkingDayAfter(LocalDate.parse("2026-03-02"), 7).date())
			.isEqualTo(LocalDate.parse("2026-03-11"));
	}

	@Test
	void shouldRejectWhatIsOutsideTheCalendar() {
		assertThatThrownBy(() -> this.calendar.isWorkday(LocalDate.parse("1999-12-31")))
			.isInstanceOf(CalendarRangeException.class);
		assertThatThrownBy(() -> this.calendar.nthWorkingDayAfter(LocalDate.parse("2100-12-01"), 2000))
			.isInstanceOf(CalendarRangeException.class);
		assertThatThrownBy(() -> this.calendar.previousWorkingDay(LocalDate.parse("2000-01-03")))
			.isInstanceOf(CalendarRangeException.class);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.nthWorkingDayAfter(LocalDate.parse("2026-03-02"), -1));
	}

	@Test
	void shouldNameTheSpecialDaysItWasGiven() {
		WorkingDayCalendar named = WorkingDayCalendar
			.of(List.of(new YearSchedule(2026, false, List.of(new NamedDay(LocalDate.parse("2026-10-01"), "国庆节")),
					List.of(new NamedDay(LocalDate.parse("2026-10-10"), "国庆节调休上班")))), List.of());

		assertThat(named.nameOf(LocalDate.parse("2026-10-01"))).contains("国庆节");
		assertThat(named.nameOf(LocalDate.parse("2026-10-10"))).contains("国庆节调休上班");
		assertThat(named.nameOf(LocalDate.parse("2026-10-12"))).isEmpty();
	}

	static Instant instant(String chinaStandardTime) {
		return java.time.LocalDateTime.parse(chinaStandardTime).atZone(WorkingDayCalendar.ZONE).toInstant();
	}

}
