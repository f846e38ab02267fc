package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.Map;

import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;

/**
 * The legal bases of the demo penalty item when no table is configured: the Food Safety
 * Law's and the unlicensed-business rules' ranges (their bands are in
 * {@code dmn/penalty-fine-band.dmn}), APL 51's on-the-spot limits and hearing thresholds
 * of 10,000 CNY for a citizen and 100,000 CNY for an organisation (a common provincial
 * table [P]).
 */
final class DemoLegalBases {

	static final String FOOD_ITEM = "SFX-SCJGJ-CF-0001";

	static final Map<String, LegalBasis> ALL = Map.of("FSL-124-1",
			basis("《中华人民共和国食品安全法》第一百二十四条第一款", "经营不符合食品安全标准的食品", false, true), "FSL-126-1",
			basis("《中华人民共和国食品安全法》第一百二十六条第一款", "食品经营者未按规定查验记录、贮存食品等，经责令改正", true, false),
			// The one range here low enough for a fine on the spot (APL 51): the Food
			// Safety Law's start at 5,000 CNY.
			"WZWZ-13", basis("《无证无照经营查处办法》第十三条", "从事无照经营，法律、行政法规对处罚没有明确规定", false, false));

	private DemoLegalBases() {
	}

	private static LegalBasis basis(String citation, String violation, boolean warningAllowed, boolean byGoodsValue) {
		return new LegalBasis(citation, FOOD_ITEM, violation, warningAllowed, byGoodsValue, new BigDecimal("200"),
				new BigDecimal("3000"), new BigDecimal("10000"), new BigDecimal("100000"));
	}

}
