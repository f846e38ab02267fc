package cn.egov.approval.notifications;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationKindTest {

	@Test
	void shouldRenderMissingParametersAsNothingAndIgnoreExtraOnes() {
		String body = NotificationKind.APPROVED.render(Map.of("caseNo", "C-1", "unused", "x"));

		assertThat(body).isEqualTo("您申请的（办件编号：C-1）已准予行政许可。");
	}

	@Test
	void shouldTakeParameterValuesLiterally() {
		String body = NotificationKind.PHONE_CODE.render(Map.of("code", "$1{code}", "minutes", "5"));

		assertThat(body).startsWith("您的登录验证码为$1{code}，5分钟内有效。");
	}

	@Test
	void shouldHaveATemplateForEveryKindCaseworkSends() {
		assertThat(NotificationKind.values()).extracting(Enum::name)
			.containsExactly("ACCEPTED", "CORRECTION_REQUESTED", "CORRECTION_EXPIRED", "NOT_ACCEPTED", "APPROVED",
					"REFUSED", "READY_FOR_PICKUP", "EXTENDED", "SPECIAL_PROCEDURE", "PHONE_CODE", "SUPERVISION_WARNING",
					"COMPLAINT_FILED", "COMPLAINT_REJECTED", "COMPLAINT_FEEDBACK");
		for (NotificationKind kind : NotificationKind.values()) {
			assertThat(kind.render(Map.of())).as(kind.name()).doesNotContain("{", "}").isNotBlank();
		}
	}

}
