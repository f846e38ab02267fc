package cn.egov.approval.notices;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChineseNumeralsTest {

	@Test
	void shouldWriteTheSignatureDateInChineseNumerals() {
		assertThat(ChineseDates.inChineseNumerals(LocalDate.of(2026, 10, 12))).isEqualTo("二〇二六年十月十二日");
		assertThat(ChineseDates.inChineseNumerals(LocalDate.of(2030, 1, 1))).isEqualTo("二〇三〇年一月一日");
		assertThat(ChineseDates.inChineseNumerals(LocalDate.of(2025, 12, 31))).isEqualTo("二〇二五年十二月三十一日");
		assertThat(ChineseDates.inChineseNumerals(LocalDate.of(2026, 2, 20))).isEqualTo("二〇二六年二月二十日");
	}

	@Test
	void shouldWriteBodyDatesInFigures() {
		assertThat(ChineseDates.inFigures(LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
	}

	@Test
	void shouldWriteAmountsInCapitals() {
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("10"))).isEqualTo("壹拾元整");
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("1005.50"))).isEqualTo("壹仟零伍元伍角整");
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("10500"))).isEqualTo("壹万零伍佰元整");
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("100000"))).isEqualTo("壹拾万元整");
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("100000001"))).isEqualTo("壹亿零壹元整");
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("1.05"))).isEqualTo("壹元零伍分");
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("0.5"))).isEqualTo("伍角整");
		assertThat(ChineseAmounts.inCapitals(BigDecimal.ZERO)).isEqualTo("零元整");
		assertThat(ChineseAmounts.inCapitals(new BigDecimal("3020.07"))).isEqualTo("叁仟零贰拾元零柒分");
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseAmounts.inCapitals(new BigDecimal("-1")));
	}

	@Test
	void shouldRejectNoticesWithoutWhatTheLawRequires() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new RefusalDecision("C-1", "张三", "事项", LocalDate.of(2026, 1, 5), java.util.List.of(), null))
			.withMessageContaining("reasons");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExtensionNotice("C-1", "张三", "事项", "理由", false, 11, "局长", LocalDate.of(2026, 1, 5),
					LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 20)))
			.withMessageContaining("statutory maximum");
	}

}
