package cn.egov.approval.enforcement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EnforcementWindow}: the later of the demand's 10 days and the six months to sue
 * from delivery opens it; three months after the six months close it.
 */
class EnforcementWindowTest {

	@Test
	void shouldOpenWhenThePartysTimeToSueRunsOutAfterAnEarlyDemand() {
		EnforcementWindow window = EnforcementWindow.of(day("2027-03-01"), day("2027-03-17"));

		assertThat(window.opensAfter()).isEqualTo("2027-09-01");
		assertThat(window.firstDay()).isEqualTo("2027-09-02");
		assertThat(window.lastDay()).isEqualTo("2027-12-01");
		assertThat(window.admits(day("2027-09-01"))).isFalse();
		assertThat(window.admits(day("2027-09-02"))).isTrue();
		assertThat(window.admits(day("2027-12-01"))).isTrue();
		assertThat(window.admits(day("2027-12-02"))).isFalse();
	}

	@Test
	void shouldWaitTenDaysAfterALateDemandButCloseAsBefore() {
		EnforcementWindow window = EnforcementWindow.of(day("2027-03-01"), day("2027-08-25"));

		assertThat(window.opensAfter()).isEqualTo("2027-09-04");
		assertThat(window.lastDay()).isEqualTo("2027-12-01");
		assertThat(window.admits(day("2027-09-04"))).isFalse();
		assertThat(window.admits(day("2027-09-05"))).isTrue();
	}

	@Test
	void shouldCountMonthsToTheLastDayOfAShorterMonth() {
		EnforcementWindow window = EnforcementWindow.of(day("2027-08-31"), day("2027-09-16"));

		assertThat(window.opensAfter()).isEqualTo("2028-02-29");
		assertThat(window.lastDay()).isEqualTo("2028-05-29");
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}

}
