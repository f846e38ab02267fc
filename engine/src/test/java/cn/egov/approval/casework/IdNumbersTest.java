package cn.egov.approval.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

	@Test
	void shouldComputeTheResidentIdCheckDigit() {
		assertThat(IdNumbers.residentIdCheck("110101199003071234")).isEqualTo('3');
		assertThat(IdNumbers.residentIdCheck("11010519491231002X")).isEqualTo('X');
		assertThat(IdNumbers.residentIdCheck("110101199003074514")).isEqualTo('4');
	}

	@Test
	void shouldComputeTheCreditCodeCheckCharacter() {
		// A code checked by hand against GB 32100-2015, and the demo applicant's.
		assertThat(IdNumbers.creditCodeCheck("91350100M000100Y43")).isEqualTo('3');
		assertThat(IdNumbers.creditCodeCheck("91350000MA2XXXXX0B")).isEqualTo('B');
	}

}
