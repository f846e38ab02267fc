package cn.egov.approval.levy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dmn/levy-fee-standard.dmn}: one test per rule, and the item it does not list.
 */
class LevyFeeStandardDecisionTest {

	private final LevyStandards standards = new LevyStandards();

	@Test
	void shouldExemptAffordableHousingFromTheInfrastructureFee() {
		LevyStandards.Standard standard = this.standards.standard("SFX-ZJJ-ZS-0001", true, null).orElseThrow();
		assertThat(standard.rule()).isEqualTo("ZJJ-INFRASTRUCTURE-EXEMPT");
		assertThat(standard.amountFor(new BigDecimal("5000"))).isEqualByComparingTo("0");
	}

	@Test
	void shouldChargeSixtyYuanPerSquareMetre() {
		LevyStandards.Standard standard = this.standards.standard("SFX-ZJJ-ZS-0001", false, null).orElseThrow();
		assertThat(standard.rule()).isEqualTo("ZJJ-INFRASTRUCTURE-60");
		assertThat(standard.unit()).isEqualTo("平方米");
		assertThat(standard.amountFor(new BigDecimal("1234.5"))).isEqualByComparingTo("74070.00");
	}

	@Test
	void shouldChargeTheReclamationPlansCostPerMu() {
		LevyStandards.Standard standard = this.standards.standard("SFX-ZRZYJ-ZS-0001", false, new BigDecimal("8000.5"))
			.orElseThrow();
		assertThat(standard.rule()).isEqualTo("ZRZYJ-RECLAMATION-PLAN");
		assertThat(standard.amountFor(new BigDecimal("12.5"))).isEqualByComparingTo("100006.25");
	}

	@Test
	void shouldHaveNoStandardForReclamationWithoutAPlanCost() {
		assertThat(this.standards.standard("SFX-ZRZYJ-ZS-0001", false, null)).isEmpty();
	}

	@Test
	void shouldHaveNoStandardForAnItemTheTableDoesNotList() {
		assertThat(this.standards.standard("SFX-SCJGJ-XK-0001", false, BigDecimal.TEN)).isEmpty();
	}

}
