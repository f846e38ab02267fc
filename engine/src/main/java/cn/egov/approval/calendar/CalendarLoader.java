package cn.egov.approval.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.egov.approval.calendar.CalendarMapper.RegionDayOffRow;
import cn.egov.approval.calendar.CalendarMapper.SpecialDayRow;
import cn.egov.approval.calendar.CalendarMapper.YearRow;
import cn.egov.approval.organisation.OrganisationMapper;

import org.springframework.stereotype.Component;

/** Reads the calendar tables into a {@link CalendarSnapshot}. */
@Component
class CalendarLoader {

	private final CalendarMapper mapper;

	private final OrganisationMapper organisation;

	CalendarLoader(CalendarMapper mapper, OrganisationMapper organisation) {
		this.mapper = mapper;
		this.organisation = organisation;
	}

	CalendarSnapshot load() {
		Map<Integer, List<SpecialDayRow>> daysByYear = this.mapper.findSpecialDays()
			.stream()
			.collect(Collectors.groupingBy(SpecialDayRow::calendarYear));
		List<YearSchedule> schedules = new ArrayList<>();
		for (YearRow year : this.mapper.findYears()) {
			schedules.add(schedule(year, daysByYear.getOrDefault(year.calendarYear(), List.of())));
		}
		Map<String, List<NamedDay>> overlays = new HashMap<>();
		for (RegionDayOffRow row : this.mapper.findRegionDaysOff()) {
			overlays.computeIfAbsent(row.regionCode(), (code) -> new ArrayList<>()).add(row.toNamedDay());
		}
		return CalendarSnapshot.of(schedules, this.organisation.findAllRegions(), overlays);
	}

	static YearSchedule schedule(YearRow year, List<SpecialDayRow> days) {
		return new YearSchedule(year.calendarYear(), year.provisional(), select(days, SpecialDayRow.DAY_OFF),
				select(days, SpecialDayRow.MAKE_UP_WORKDAY));
	}

	private static List<NamedDay> select(List<SpecialDayRow> days, String kind) {
		return days.stream().filter((day) -> kind.equals(day.kind())).map(SpecialDayRow::toNamedDay).toList();
	}

}
