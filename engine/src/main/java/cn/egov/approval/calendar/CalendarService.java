package cn.egov.approval.calendar;

import java.time.LocalDate;

import cn.egov.approval.organisation.OrganisationMapper;
import cn.egov.approval.web.BadRequestException;

import org.springframework.stereotype.Service;

/**
 * Answers calendar questions for the API and for other features (the catalog, casework):
 * is a day a working day, when does a limit end.
 */
@Service
public class CalendarService {

	private final CalendarSnapshots snapshots;

	private final OrganisationMapper organisation;

	CalendarService(CalendarSnapshots snapshots, OrganisationMapper organisation) {
		this.snapshots = snapshots;
		this.organisation = organisation;
	}

	/**
	 * The calendar of a region (null or blank: national).
	 * @throws BadRequestException when the region does not exist
	 */
	public WorkingDayCalendar calendarFor(String regionCode) {
		return this.snapshots.current().forRegion(regionCode).orElseGet(() -> {
			// A region created since the snapshot was built: its ancestors' overlays
			// apply, so build again rather than answer with the national calendar.
			if (this.organisation.findRegion(regionCode).isEmpty()) {
				throw new BadRequestException("error.calendar.unknown-region", regionCode);
			}
			return this.snapshots.reload().forRegion(regionCode).orElseThrow();
		});
	}

	public DayAnswer day(LocalDate date, String regionCode) {
		WorkingDayCalendar calendar = calendarFor(regionCode);
		return new DayAnswer(date, calendar.isWorkday(date), calendar.isProvisional(date.getYear()),
				calendar.nameOf(date).orElse(null));
	}

	public DeadlineAnswer deadline(LocalDate from, int workingDays, String regionCode) {
		WorkingDate deadline;
		try {
			deadline = calendarFor(regionCode).nthWorkingDayAfter(from, workingDays);
		}
		catch (CalendarRangeException ex) {
			throw new BadRequestException("error.calendar.result-out-of-range", from, workingDays,
					WorkingDayCalendar.LAST_YEAR);
		}
		return new DeadlineAnswer(from, workingDays, deadline.date(), deadline.provisional());
	}

}
