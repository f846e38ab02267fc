package cn.egov.approval.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.egov.approval.organisation.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Regional overlays apply to the region and the regions below it, nowhere else. */
class CalendarSnapshotTest {

	private static final LocalDate PROVINCE_DAY = LocalDate.parse("2026-03-10");

	private static final LocalDate COUNTY_DAY = LocalDate.parse("2026-03-11");

	private final CalendarSnapshot snapshot = CalendarSnapshot.of(List.of(OfficialSchedules.Y2026),
			List.of(new Region("SF", "示范省", "province", null), new Region("SF-SFS", "示范市", "city", "SF"),
					new Region("SF-SFS-SFX", "示范县", "county", "SF-SFS"),
					new Region("SF-SFS-LX", "邻县", "county", "SF-SFS"), new Region("OT", "他省", "province", null)),
			Map.of("SF", List.of(new NamedDay(PROVINCE_DAY, "省级假日")), "SF-SFS-SFX",
					List.of(new NamedDay(COUNTY_DAY, "县庆"))));

	@Test
	void shouldGiveAChildItsOwnAndItsAncestorsDaysOff() {
		WorkingDayCalendar county = this.snapshot.forRegion("SF-SFS-SFX").orElseThrow();

		assertThat(county.isWorkday(PROVINCE_DAY)).isFalse();
		assertThat(county.isWorkday(COUNTY_DAY)).isFalse();
		assertThat(county.nameOf(COUNTY_DAY)).contains("县庆");
	}

	@Test
	void shouldNotGiveASiblingOrParentAChildsDaysOff() {
		WorkingDayCalendar neighbour = this.snapshot.forRegion("SF-SFS-LX").orElseThrow();
		WorkingDayCalendar city = this.snapshot.forRegion("SF-SFS").orElseThrow();

		assertThat(neighbour.isWorkday(PROVINCE_DAY)).isFalse();
		assertThat(neighbour.isWorkday(COUNTY_DAY)).isTrue();
		assertThat(city.isWorkday(COUNTY_DAY)).isTrue();
	}

	@Test
	void shouldUseTheNationalCalendarElsewhere() {
		assertThat(this.snapshot.forRegion("OT")).containsSame(this.snapshot.national());
		assertThat(this.snapshot.forRegion(null)).containsSame(this.snapshot.national());
		assertThat(this.snapshot.forRegion(" ")).containsSame(this.snapshot.national());
		assertThat(this.snapshot.national().isWorkday(PROVINCE_DAY)).isTrue();
	}

	@Test
	void shouldNotKnowAnUnknownRegion() {
		assertThat(this.snapshot.forRegion("XX")).isEmpty();
	}

}
