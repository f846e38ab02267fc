package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.notices.CorrectionNotice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fee rows may be alternatives (住宅 80 元 or 非住宅 550 元): the case is charged the rows the
 * deciding step chose, never their sum unasked.
 */
class FeeChoiceTest {

	private static final Fee HOUSING = new Fee("不动产登记费（住宅）", "每件80元", new BigDecimal("80"), null, "发改价格规〔2016〕2559号");

	private static final Fee OTHER = new Fee("不动产登记费（非住宅）", "每件550元", new BigDecimal("550"), null, null);

	@Test
	void shouldChargeOnlyTheChosenRowOfAlternatives() {
		Item estate = item(List.of(HOUSING, OTHER));
		Map<String, Object> variables = new HashMap<>();
		List<CaseValidationException.Problem> problems = new ArrayList<>();
		FeeStepChecks.feeChoice(estate, List.of(HOUSING.name()), variables, problems);
		assertThat(problems).isEmpty();
		List<Fee> charged = CaseNotices.chargedFees(estate, List.of(variables.get("fees").toString().split("\n")));
		assertThat(charged).containsExactly(HOUSING);
		assertThat(CaseNotices.total(charged)).isEqualByComparingTo("80");
	}

	@Test
	void shouldRejectAnApprovalThatChoosesNoRowOrAnUnknownOne() {
		Item estate = item(List.of(HOUSING, OTHER));
		List<CaseValidationException.Problem> problems = new ArrayList<>();
		FeeStepChecks.feeChoice(estate, null, new HashMap<>(), problems);
		FeeStepChecks.feeChoice(estate, "车库", new HashMap<>(), problems);
		assertThat(problems).extracting(CaseValidationException.Problem::messageKey)
			.containsExactly("error.task.fees.required", "error.task.fees.unknown");
	}

	@Test
	void shouldChargeASingleRowWithoutAChoice() {
		Item single = item(List.of(HOUSING, new Fee("说明", "按面积计", null, "面积×单价", null)));
		List<CaseValidationException.Problem> problems = new ArrayList<>();
		FeeStepChecks.feeChoice(single, null, new HashMap<>(), problems);
		assertThat(problems).isEmpty();
		assertThat(CaseNotices.chargedFees(single, List.of())).containsExactly(HOUSING);
	}

	@Test
	void shouldReadAMaterialsOwnRequirement() {
		assertThat(CaseNotices.defect("测绘报告：缺少测绘单位盖章")).isEqualTo(new CorrectionNotice.Defect("测绘报告", "缺少测绘单位盖章"));
		assertThat(CaseNotices.defect("身份证明")).isEqualTo(new CorrectionNotice.Defect("身份证明", null));
	}

	private static Item item(List<Fee> fees) {
		return new Item("SFX-ZRZYJ-QR-0001", "不动产首次登记", "CONFIRMATION", null, null, List.of(), 1, "PUBLISHED", null,
				null, null, false, false, List.of(), null, null, null, List.of(), fees, List.of(), null, null, null,
				null, null, null);
	}

}
