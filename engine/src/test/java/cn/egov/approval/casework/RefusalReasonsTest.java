package cn.egov.approval.casework;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalReasonsTest {

	private static final String REASON = "经现场核查，经营场所与污染源距离不符合要求";

	@Test
	void shouldStateTheReasonsOfTheStepThatProposedTheRefusalNotOnlyTheConcurrence() {
		List<CaseEvent> events = List.of(step("handler", "APPROVE", "材料齐全"), step("section-head", "REFUSE", REASON),
				step("deputy", "REFUSE", "同意不予许可"));
		assertThat(RefusalReasons.of(events, "同意不予许可")).containsExactly(REASON);
	}

	@Test
	void shouldKeepEveryRefusingStepsOwnReasonsInOrder() {
		List<CaseEvent> events = List.of(step("handler", "REFUSE", REASON), step("section-head", "REFUSE", "不同意"),
				step("deputy", "REFUSE", "未配备专职食品安全管理人员"));
		assertThat(RefusalReasons.of(events, "未配备专职食品安全管理人员")).containsExactly(REASON, "未配备专职食品安全管理人员");
	}

	@Test
	void shouldForgetRefusalsUndoneByAReturn() {
		List<CaseEvent> events = List.of(
				step("handler", "REFUSE", "材料存疑"), new CaseEvent(2L, "C-1", LocalDateTime.now(), "RETURNED", "head",
						"section-head", "RETURN", "请核查", null, false),
				step("handler", "REFUSE", REASON), step("section-head", "REFUSE", "同意。"));
		assertThat(RefusalReasons.of(events, "同意。")).containsExactly(REASON);
	}

	@Test
	void shouldFallBackToTheConcurrenceOrTheLegalFormula() {
		assertThat(RefusalReasons.of(List.of(step("deputy", "REFUSE", "同意不予许可")), "同意不予许可")).containsExactly("同意不予许可");
		assertThat(RefusalReasons.of(List.of(), null)).containsExactly("不符合法定条件、标准");
		assertThat(RefusalReasons.of(List.of(step("extension-approval", "REFUSE", "无需延期")), null))
			.containsExactly("不符合法定条件、标准");
	}

	private static CaseEvent step(String step, String outcome, String opinion) {
		return new CaseEvent(1L, "C-1", LocalDateTime.now(), "STEP_COMPLETED", "u", step, outcome, opinion, null,
				false);
	}

}
