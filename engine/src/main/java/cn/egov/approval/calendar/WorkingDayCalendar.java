package cn.egov.approval.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region's working-day calendar, {@value #FIRST_YEAR}–{@value #LAST_YEAR}: an
 * immutable snapshot answering in constant time, safe to share between threads.
 * <p>
 * Conventions (domain.md §0): a working day is Monday–Friday unless it is a day off, plus
 * every make-up working day; the day of the trigger is not counted, day 1 is the next day
 * (CC 201); "N working days after D" is the N-th working day after D, and a deadline ends
 * at 24:00 of that day (CC 203), see {@link WorkingDate#end()}. Every day belongs to the
 * China Standard Time calendar ({@link #ZONE}).
 * <p>
 * A year without a loaded schedule counts weekends only and is <em>provisional</em>:
 * every answer whose computation went through such a year says so, since loading the
 * schedule later may move it.
 * <p>
 * How: a prefix count of working days over the whole range ({@code before[i]} = working
 * days among the first {@code i} days) and the list of working days in order, so that
 * "the N-th working day after D" is one array read, not a walk through the days.
 */
public final class WorkingDayCalendar {

	/** Every legal clock runs in China Standard Time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	static final long FIRST_EPOCH_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();

	static final int DAYS = (int) (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - FIRST_EPOCH_DAY + 1);

	/**
	 * Year of each day index, as an offset from {@link #FIRST_YEAR}; shared, never
	 * written.
	 */
	private static final byte[] YEAR_OF_DAY = yearOfDay();

	private final int[] before;

	private final int[] workingDays;

	private final int[] provisionalYearsBefore;

	private final Map<LocalDate, String> names;

	private WorkingDayCalendar(boolean[] workday, boolean[] provisionalYear, Map<LocalDate, String> names) {
		this.before = new int[DAYS + 1];
		int count = 0;
		for (int i = 0; i < DAYS; i++) {
			this.before[i] = count;
			count += workday[i] ? 1 : 0;
		}
		this.before[DAYS] = count;
		this.workingDays = new int[count];
		for (int i = 0, k = 0; i < DAYS; i++) {
			if (workday[i]) {
				this.workingDays[k++] = i;
			}
		}
		this.provisionalYearsBefore = new int[provisionalYear.length + 1];
		for (int y = 0; y < provisionalYear.length; y++) {
			this.provisionalYearsBefore[y + 1] = this.provisionalYearsBefore[y] + (provisionalYear[y] ? 1 : 0);
		}
		this.names = Map.copyOf(names);
	}

	/**
	 * Builds a calendar from the loaded year schedules (years without one are
	 * provisional) and a region's extra days off, which win over make-up working days.
	 * Dates outside the covered years are ignored.
	 */
	public static WorkingDayCalendar of(Collection<YearSchedule> schedules, Collection<NamedDay> extraDaysOff) {
		boolean[] workday = new boolean[DAYS];
		for (int i = 0; i < DAYS; i++) {
			// Epoch day 0 (1970-01-01) was a Thursday: Monday..Friday are 0..4 here.
			workday[i] = Math.floorMod(FIRST_EPOCH_DAY + i + 3, 7) < 5;
		}
		boolean[] provisionalYear = new boolean[LAST_YEAR - FIRST_YEAR + 1];
		Arrays.fill(provisionalYear, true);
		Map<LocalDate, String> names = new HashMap<>();
		for (YearSchedule schedule : schedules) {
			if (schedule.year() >= FIRST_YEAR && schedule.year() <= LAST_YEAR) {
				provisionalYear[schedule.year() - FIRST_YEAR] = schedule.provisional();
			}
			mark(workday, names, schedule.daysOff(), false);
			mark(workday, names, schedule.makeUpWorkdays(), true);
		}
		mark(workday, names, extraDaysOff, false);
		return new WorkingDayCalendar(workday, provisionalYear, names);
	}

	/** Weekends only, every year provisional: what the platform knows with no data. */
	public static WorkingDayCalendar weekendsOnly() {
		return of(List.of(), List.of());
	}

	private static void mark(boolean[] workday, Map<LocalDate, String> names, Collection<NamedDay> days,
			boolean working) {
		for (NamedDay day : days) {
			long index = day.date().toEpochDay() - FIRST_EPOCH_DAY;
			if (index >= 0 && index < DAYS) {
				workday[(int) index] = working;
				if (day.name() != null) {
					names.put(day.date(), day.name());
				}
			}
		}
	}

	/** Whether {@code date} is a working day. */
	public boolean isWorkday(LocalDate date) {
		int i = index(date);
		return this.before[i + 1] != this.before[i];
	}

	/**
	 * Whether {@code year} has no official schedule (weekends only, or an expectation).
	 */
	public boolean isProvisional(int year) {
		int y = year - FIRST_YEAR;
		if (y < 0 || y > LAST_YEAR - FIRST_YEAR) {
			throw new CalendarRangeException("The year " + year + " is outside the calendar");
		}
		return this.provisionalYearsBefore[y + 1] != this.provisionalYearsBefore[y];
	}

	/** The name of a day off, make-up working day or local day off, e.g. 春节. */
	public Optional<String> nameOf(LocalDate date) {
		return Optional.ofNullable(this.names.get(date));
	}

	/**
	 * The {@code n}-th working day after {@code date}, {@code date} itself not counted:
	 * the last day of a limit of {@code n} working days triggered on {@code date}. For
	 * {@code n} = 0 (on-the-spot), {@code date} itself.
	 */
	public WorkingDate nthWorkingDayAfter(LocalDate date, int n) {
		requireNonNegative(n);
		int i = index(date);
		if (n == 0) {
			return new WorkingDate(date, false);
		}
		int result = nthAfter(i, n);
		return new WorkingDate(dateOf(result), provisional(i + 1, result));
	}

	/**
	 * The same, with the days of paused intervals not counted (see {@link PausedDays}).
	 */
	public WorkingDate nthWorkingDayAfter(LocalDate date, int n, List<PausedInterval> paused) {
		requireNonNegative(n);
		return PausedDays.of(paused, this).nthWorkingDayAfter(date, n);
	}

	/** The last working day before {@code date}. */
	public WorkingDate previousWorkingDay(LocalDate date) {
		int i = index(date);
		int result = previous(i);
		return new WorkingDate(dateOf(result), provisional(result, i - 1));
	}

	/** The last working day before {@code date} that no pause touches. */
	public WorkingDate previousWorkingDay(LocalDate date, List<PausedInterval> paused) {
		return PausedDays.of(paused, this).previousWorkingDay(date);
	}

	/**
	 * Whole working days elapsed from {@code from} to {@code to}: the working days after
	 * the day of {@code from} (the trigger day is not counted) that have ended by
	 * {@code to}, i.e. up to the day before {@code to}'s day. Zero on the trigger day and
	 * the day after; {@code n} exactly when {@code to} is 24:00 of the {@code n}-th day.
	 * @throws IllegalArgumentException when {@code to} is before {@code from}
	 */
	public WorkingDayCount workingDaysBetween(Instant from, Instant to) {
		requireOrdered(from, to);
		int first = index(dayOf(from)) + 1;
		int last = index(dayOf(to)) - 1;
		if (first > last) {
			return new WorkingDayCount(0, false);
		}
		return new WorkingDayCount(this.before[last + 1] - this.before[first], provisional(first, last));
	}

	/** The same, without the days of paused intervals (see {@link PausedDays}). */
	public WorkingDayCount workingDaysBetween(Instant from, Instant to, List<PausedInterval> paused) {
		return PausedDays.of(paused, this).workingDaysBetween(from, to);
	}

	/** 24:00 China Standard Time of {@code date}, i.e. 00:00 of the next day. */
	public static Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	/** The China Standard Time day of {@code instant}. */
	static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	static void requireOrdered(Instant from, Instant to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The end " + to + " is before the start " + from);
		}
	}

	/** The day index of {@code date}. */
	int index(LocalDate date) {
		long index = date.toEpochDay() - FIRST_EPOCH_DAY;
		if (index < 0 || index >= DAYS) {
			throw new CalendarRangeException(
					"The date " + date + " is outside the calendar (" + FIRST_YEAR + "–" + LAST_YEAR + ")");
		}
		return (int) index;
	}

	LocalDate dateOf(int index) {
		return LocalDate.ofEpochDay(FIRST_EPOCH_DAY + index);
	}

	/** Working days among the day indices {@code [0, index)}. */
	int workingDaysBefore(int index) {
		return this.before[index];
	}

	/** Index of the {@code n}-th working day after day index {@code index}, n ≥ 1. */
	int nthAfter(int index, int n) {
		long k = (index < DAYS) ? (long) this.before[index + 1] + n - 1 : Long.MAX_VALUE;
		if (k >= this.workingDays.length) {
			throw new CalendarRangeException("The " + n + "-th working day after " + dateOf(Math.min(index, DAYS - 1))
					+ " is beyond " + LAST_YEAR);
		}
		return this.workingDays[(int) k];
	}

	/** Index of the last working day before day index {@code index}. */
	int previous(int index) {
		int k = this.before[index] - 1;
		if (k < 0) {
			throw new CalendarRangeException("No working day before " + dateOf(index) + " in the calendar");
		}
		return this.workingDays[k];
	}

	/** Whether a day index in {@code [first, last]} lies in a provisional year. */
	boolean provisional(int first, int last) {
		if (first > last) {
			return false;
		}
		return this.provisionalYearsBefore[YEAR_OF_DAY[last] + 1] - this.provisionalYearsBefore[YEAR_OF_DAY[first]] > 0;
	}

	private static void requireNonNegative(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
		}
	}

	private static byte[] yearOfDay() {
		byte[] years = new byte[DAYS];
		for (int i = 0; i < DAYS; i++) {
			years[i] = (byte) (LocalDate.ofEpochDay(FIRST_EPOCH_DAY + i).getYear() - FIRST_YEAR);
		}
		return years;
	}

}
