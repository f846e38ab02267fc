package cn.egov.approval.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.egov.approval.organisation.Region;

/**
 * Everything the calendar knows at one moment: the national calendar, and one calendar
 * per region whose own or inherited overlays add local days off. Immutable; replaced as a
 * whole when the data changes.
 */
public final class CalendarSnapshot {

	/** Three levels exist (province, city, county); the bound only stops a cycle. */
	private static final int MAX_REGION_DEPTH = 16;

	private final WorkingDayCalendar national;

	private final Map<String, WorkingDayCalendar> byRegion;

	private final Set<String> regions;

	private CalendarSnapshot(WorkingDayCalendar national, Map<String, WorkingDayCalendar> byRegion,
			Set<String> regions) {
		this.national = national;
		this.byRegion = Map.copyOf(byRegion);
		this.regions = Set.copyOf(regions);
	}

	/**
	 * Builds the snapshot. A region's calendar takes the overlays of the region and of
	 * every region above it.
	 */
	public static CalendarSnapshot of(Collection<YearSchedule> schedules, Collection<Region> regions,
			Map<String, List<NamedDay>> overlays) {
		WorkingDayCalendar national = WorkingDayCalendar.of(schedules, List.of());
		Map<String, String> parents = new HashMap<>();
		regions.forEach((region) -> parents.put(region.code(), region.parentCode()));
		Map<String, WorkingDayCalendar> byRegion = new HashMap<>();
		for (String code : parents.keySet()) {
			List<NamedDay> extra = inherited(code, parents, overlays);
			if (!extra.isEmpty()) {
				byRegion.put(code, WorkingDayCalendar.of(schedules, extra));
			}
		}
		return new CalendarSnapshot(national, byRegion, new HashSet<>(parents.keySet()));
	}

	private static List<NamedDay> inherited(String code, Map<String, String> parents,
			Map<String, List<NamedDay>> overlays) {
		List<NamedDay> days = new ArrayList<>();
		String current = code;
		for (int depth = 0; current != null && depth < MAX_REGION_DEPTH; depth++) {
			// Ancestors first, so that the nearest region's name wins for a shared date.
			days.addAll(0, overlays.getOrDefault(current, List.of()));
			current = parents.get(current);
		}
		return days;
	}

	/** The calendar without any regional overlay. */
	public WorkingDayCalendar national() {
		return this.national;
	}

	/**
	 * The calendar of a region: the national one plus the region's and its ancestors'
	 * local days off. Empty when the region is unknown; null or blank means national.
	 */
	public Optional<WorkingDayCalendar> forRegion(String regionCode) {
		if (regionCode == null || regionCode.isBlank()) {
			return Optional.of(this.national);
		}
		if (!this.regions.contains(regionCode)) {
			return Optional.empty();
		}
		return Optional.of(this.byRegion.getOrDefault(regionCode, this.national));
	}

}
