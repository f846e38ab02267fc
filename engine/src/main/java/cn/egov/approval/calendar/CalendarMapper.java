package cn.egov.approval.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The calendar's tables: {@code cal_year}, {@code cal_special_day},
 * {@code cal_region_day_off}.
 */
@Mapper
interface CalendarMapper {

	List<YearRow> findYears();

	Optional<YearRow> findYear(int year);

	List<SpecialDayRow> findSpecialDays();

	List<SpecialDayRow> findSpecialDaysOfYear(int year);

	List<RegionDayOffRow> findRegionDaysOff();

	List<RegionDayOffRow> findRegionDaysOffOf(String regionCode);

	int updateYear(@Param("year") int year, @Param("provisional") boolean provisional,
			@Param("updatedAt") LocalDateTime updatedAt, @Param("updatedBy") String updatedBy);

	void insertYear(@Param("year") int year, @Param("provisional") boolean provisional,
			@Param("updatedAt") LocalDateTime updatedAt, @Param("updatedBy") String updatedBy);

	void deleteSpecialDaysOfYear(int year);

	void insertSpecialDays(@Param("days") List<SpecialDayRow> days);

	void deleteRegionDaysOff(String regionCode);

	void insertRegionDaysOff(@Param("days") List<RegionDayOffRow> days);

	/** A row of {@code cal_year} with the number of each kind of special day. */
	record YearRow(int calendarYear, boolean provisional, LocalDateTime updatedAt, String updatedBy, int daysOff,
			int makeUpWorkdays) {
	}

	/** A row of {@code cal_special_day}; {@code kind} is DAY_OFF or MAKE_UP_WORKDAY. */
	record SpecialDayRow(LocalDate dayDate, int calendarYear, String kind, String name) {

		static final String DAY_OFF = "DAY_OFF";

		static final String MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY";

		NamedDay toNamedDay() {
			return new NamedDay(this.dayDate, this.name);
		}

	}

	/** A row of {@code cal_region_day_off}. */
	record RegionDayOffRow(String regionCode, LocalDate dayDate, String name) {

		NamedDay toNamedDay() {
			return new NamedDay(this.dayDate, this.name);
		}

	}

}
