package cn.egov.approval.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import cn.egov.approval.organisation.OrganisationMapper;
import com.tyme.holiday.LegalHoliday;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our shipped 2025 and 2026 schedules (the V2 migration) against an independent published
 * table, {@code cn.6tail:tyme4j}'s {@link LegalHoliday}, for every day of both years: the
 * working-day status and the name of every special day.
 */
@CalendarDataTest
class ShippedScheduleCrossCheckTest {

	/** tyme4j's names where ours differ; make-up days add 调休上班 to the holiday's name. */
	private static final Map<String, String> OUR_NAMES = Map.of("国庆中秋", "国庆节、中秋节");

	@Autowired
	CalendarMapper mapper;

	@Autowired
	OrganisationMapper organisation;

	@Test
	void shouldAgreeWithThePublishedTableOnEveryDayOf2025And2026() {
		WorkingDayCalendar shipped = new CalendarLoader(this.mapper, this.organisation).load().national();
		int specialDays = 0;
		for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() < 2027; day = day.plusDays(1)) {
			LegalHoliday published = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
			boolean weekday = day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0;

			assertThat(shipped.isWorkday(day)).as("%s is a working day", day)
				.isEqualTo((published != null) ? published.isWork() : weekday);
			assertThat(shipped.nameOf(day)).as("name of %s", day)
				.isEqualTo(java.util.Optional.ofNullable(published).map(ShippedScheduleCrossCheckTest::ourName));
			specialDays += (published != null) ? 1 : 0;
		}
		assertThat(specialDays).isEqualTo(72);
	}

	@Test
	void shouldShipBothYearsAsOfficialAndLeave2027Provisional() {
		WorkingDayCalendar shipped = new CalendarLoader(this.mapper, this.organisation).load().national();

		assertThat(shipped.isProvisional(2025)).isFalse();
		assertThat(shipped.isProvisional(2026)).isFalse();
		assertThat(shipped.isProvisional(2024)).isTrue();
		assertThat(shipped.isProvisional(2027)).isTrue();
	}

	private static String ourName(LegalHoliday holiday) {
		String name = OUR_NAMES.getOrDefault(holiday.getName(), holiday.getName());
		return holiday.isWork() ? name + "调休上班" : name;
	}

}
