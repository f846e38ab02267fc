package cn.egov.approval.notifications;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationKindTest {

	@Test
	void shouldRenderMissingParametersAsNothingAndIgnoreExtraOnes() {
		String body = NotificationKind.NOT_ACCEPTED.render(Map.of("caseNo", "C-1", "unused", "x"));

		assertThat(body).isEqualTo("您申请的（办件编号：C-1）不予受理，理由及救济途径详见不予受理决定书。");
	}

	@Test
	void shouldWordADecisionAsTheItemsKindDoes() {
		String registration = NotificationKind.APPROVED.render(
				Map.of("itemName", "不动产首次登记", "caseNo", "C-2", "grant", "予以确认（登记）", "decisionTitle", "准予确认（登记）决定书"));

		assertThat(registration).isEqualTo("您申请的不动产首次登记（办件编号：C-2）已依法作出决定：予以确认（登记），详见准予确认（登记）决定书。").doesNotContain("许可");
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
