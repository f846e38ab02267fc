package cn.egov.approval.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.calendar.CalendarInput.ScheduleRequest;
import cn.egov.approval.calendar.CalendarMapper.RegionDayOffRow;
import cn.egov.approval.calendar.CalendarMapper.SpecialDayRow;
import cn.egov.approval.calendar.CalendarMapper.YearRow;
import cn.egov.approval.organisation.OrganisationMapper;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads and edits the calendar data: year schedules and regional overlays. Each change is
 * one transaction with the recalculation of the running timers it moves, so that a
 * failure leaves neither a half schedule nor timers computed from data that was never
 * saved.
 */
@Service
class CalendarAdministration {

	private final CalendarMapper mapper;

	private final OrganisationMapper organisation;

	private final CalendarSnapshots snapshots;

	private final CalendarTimers timers;

	private final OverlayPermission overlayPermission;

	private final Clock clock;

	CalendarAdministration(CalendarMapper mapper, OrganisationMapper organisation, CalendarSnapshots snapshots,
			CalendarTimers timers, OverlayPermission overlayPermission, Clock clock) {
		this.mapper = mapper;
		this.organisation = organisation;
		this.snapshots = snapshots;
		this.timers = timers;
		this.overlayPermission = overlayPermission;
		this.clock = clock;
	}

	List<YearSummary> years() {
		return this.mapper.findYears()
			.stream()
			.map((row) -> new YearSummary(row.calendarYear(), row.provisional(), row.daysOff(), row.makeUpWorkdays(),
					offset(row.updatedAt()), row.updatedBy()))
			.toList();
	}

	YearDetail year(int year) {
		CalendarInput.year(year);
		List<SpecialDayRow> days = this.mapper.findSpecialDaysOfYear(year);
		return this.mapper.findYear(year).map((row) -> detail(row, days)).orElseGet(() -> unloaded(year));
	}

	/** Replaces the year's schedule; answers it with the number of timers moved. */
	@Transactional
	public YearDetail saveYear(int year, JsonNode body, String username) {
		CalendarInput.year(year);
		ScheduleRequest request = CalendarInput.schedule(year, body);
		LocalDateTime now = LocalDateTime.now(this.clock);
		try {
			this.mapper.deleteSpecialDaysOfYear(year);
			if (this.mapper.updateYear(year, request.provisional(), now, username) == 0) {
				this.mapper.insertYear(year, request.provisional(), now, username);
			}
			List<SpecialDayRow> rows = Stream
				.concat(rows(request.daysOff(), year, SpecialDayRow.DAY_OFF),
						rows(request.makeUpWorkdays(), year, SpecialDayRow.MAKE_UP_WORKDAY))
				.toList();
			if (!rows.isEmpty()) {
				this.mapper.insertSpecialDays(rows);
			}
		}
		catch (DuplicateKeyException ex) {
			throw concurrentEdit();
		}
		int moved = recalculateTimersFrom(LocalDate.of(year, 1, 1));
		return year(year).withTimersRecalculated(moved);
	}

	RegionOverlays overlays(String regionCode) {
		Region region = region(regionCode);
		List<NamedDay> days = this.mapper.findRegionDaysOffOf(region.code())
			.stream()
			.map(RegionDayOffRow::toNamedDay)
			.toList();
		return new RegionOverlays(region.code(), region.name(), days, null);
	}

	/**
	 * Replaces the region's own extra days off; answers them with the timers moved. The
	 * editor must be allowed to edit that region ({@link OverlayPermission}).
	 */
	@Transactional
	public RegionOverlays saveOverlays(String regionCode, JsonNode body, PlatformUser editor) {
		Region region = region(regionCode);
		this.overlayPermission.requireMayEdit(editor, region);
		List<NamedDay> days = CalendarInput.overlays(body);
		Set<LocalDate> changed = new HashSet<>();
		this.mapper.findRegionDaysOffOf(region.code()).forEach((row) -> changed.add(row.dayDate()));
		days.forEach((day) -> {
			if (!changed.remove(day.date())) {
				changed.add(day.date());
			}
		});
		try {
			this.mapper.deleteRegionDaysOff(region.code());
			if (!days.isEmpty()) {
				this.mapper.insertRegionDaysOff(days.stream()
					.map((day) -> new RegionDayOffRow(region.code(), day.date(), day.name()))
					.toList());
			}
		}
		catch (DuplicateKeyException ex) {
			throw concurrentEdit();
		}
		int moved = changed.stream().min(LocalDate::compareTo).map(this::recalculateTimersFrom).orElse(0);
		return new RegionOverlays(region.code(), region.name(), days, moved);
	}

	private int recalculateTimersFrom(LocalDate firstChangedDay) {
		try {
			return this.snapshots.whileSaving(() -> this.timers.recalculateFrom(firstChangedDay));
		}
		catch (OptimisticLockingException ex) {
			// A timer fired or was changed meanwhile: everything rolls back, the caller
			// tries again.
			throw concurrentEdit();
		}
	}

	private Region region(String regionCode) {
		return this.organisation.findRegion(regionCode)
			.orElseThrow(() -> new BadRequestException("error.calendar.unknown-region", regionCode));
	}

	private static Stream<SpecialDayRow> rows(List<NamedDay> days, int year, String kind) {
		return days.stream().map((day) -> new SpecialDayRow(day.date(), year, kind, day.name()));
	}

	private static YearDetail detail(YearRow row, List<SpecialDayRow> days) {
		YearSchedule schedule = CalendarLoader.schedule(row, days);
		return new YearDetail(row.calendarYear(), row.provisional(), schedule.daysOff(), schedule.makeUpWorkdays(),
				offset(row.updatedAt()), row.updatedBy(), null);
	}

	private static YearDetail unloaded(int year) {
		return new YearDetail(year, true, List.of(), List.of(), null, null, null);
	}

	private static OffsetDateTime offset(LocalDateTime stored) {
		return stored.atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
	}

	private static ApiException concurrentEdit() {
		return new ApiException(HttpStatus.CONFLICT, "error.calendar.concurrent-edit");
	}

}
