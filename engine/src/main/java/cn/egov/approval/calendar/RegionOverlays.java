package cn.egov.approval.calendar;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A region's own extra days off ({@code GET/PUT /api/calendar/regions/{code}/overlays});
 * they apply to the region and every region below it. After a {@code PUT} also how many
 * running timers were recalculated.
 */
record RegionOverlays(String regionCode, String regionName, List<NamedDay> daysOff,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer timersRecalculated) {
}
