package cn.egov.approval.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.egov.approval.calendar.CalendarMapper.RegionDayOffRow;
import cn.egov.approval.calendar.CalendarMapper.SpecialDayRow;
import cn.egov.approval.calendar.CalendarMapper.YearRow;
import cn.egov.approval.organisation.OrganisationMapper;
import cn.egov.approval.organisation.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CalendarDataTest
class CalendarMapperTest {

	private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-22T10:15:00");

	@Autowired
	CalendarMapper mapper;

	@Autowired
	OrganisationMapper organisation;

	@Test
	void shouldListTheShippedYearsWithTheirCounts() {
		assertThat(this.mapper.findYears())
			.extracting(YearRow::calendarYear, YearRow::daysOff, YearRow::makeUpWorkdays, YearRow::provisional)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2025, 28, 5, false),
					org.assertj.core.groups.Tuple.tuple(2026, 33, 6, false));
	}

	@Test
	void shouldInsertAndReplaceAYear() {
		assertThat(this.mapper.updateYear(2027, true, NOW, "reform")).isZero();
		this.mapper.insertYear(2027, true, NOW, "reform");
		this.mapper.insertSpecialDays(List.of(new SpecialDayRow(LocalDate.parse("2027-01-01"), 2027, "DAY_OFF", "元旦"),
				new SpecialDayRow(LocalDate.parse("2027-02-20"), 2027, "MAKE_UP_WORKDAY", null)));

		assertThat(this.mapper.findYear(2027)).get().isEqualTo(new YearRow(2027, true, NOW, "reform", 1, 1));
		assertThat(this.mapper.findSpecialDaysOfYear(2027)).extracting(SpecialDayRow::name).containsExactly("元旦", null);

		this.mapper.deleteSpecialDaysOfYear(2027);
		assertThat(this.mapper.updateYear(2027, false, NOW.plusHours(1), "admin")).isEqualTo(1);

		assertThat(this.mapper.findYear(2027)).get()
			.isEqualTo(new YearRow(2027, false, NOW.plusHours(1), "admin", 0, 0));
		assertThat(this.mapper.findSpecialDaysOfYear(2026)).hasSize(39);
	}

	@Test
	void shouldKeepRegionalDaysOffPerRegion() {
		this.organisation.insertRegion(new Region("SF", "示范省", "province", null));
		this.organisation.insertRegion(new Region("SF-SFS", "示范市", "city", "SF"));
		this.mapper.insertRegionDaysOff(List.of(new RegionDayOffRow("SF", LocalDate.parse("2026-03-10"), "省庆"),
				new RegionDayOffRow("SF-SFS", LocalDate.parse("2026-03-11"), null)));

		assertThat(this.mapper.findRegionDaysOffOf("SF"))
			.containsExactly(new RegionDayOffRow("SF", LocalDate.parse("2026-03-10"), "省庆"));
		this.mapper.deleteRegionDaysOff("SF");
		assertThat(this.mapper.findRegionDaysOff()).extracting(RegionDayOffRow::regionCode).containsExactly("SF-SFS");
		assertThat(this.organisation.findAllRegions()).extracting(Region::code).containsExactly("SF", "SF-SFS");
	}

}
