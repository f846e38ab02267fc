package cn.egov.approval.notices;

import java.util.List;

/**
 * 监察提示单: tells a department that one of its cases drew a yellow card and by when it must
 * answer.
 *
 * @param card the card
 */
public record SupervisionReminderNotice(SupervisedCard card) implements SupervisionNotice {

	public SupervisionReminderNotice {
		Texts.requireValue(card, "card");
	}

	@Override
	public NoticeType type() {
		return SupervisionNoticeType.REMINDER;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		return List.of(
				new NoticeBlock.Paragraph("经电子监察系统监测，你单位办理的第" + this.card.caseNo() + "号办件出现" + this.card.level()
						+ "预警。请及时督促承办人员依法办理，防止超期。"),
				this.card.fields(agency, "答复期限"),
				new NoticeBlock.Paragraph("请你单位在答复期限内通过电子监察系统确认情况、说明原因并报告整改措施；对预警有异议的，可在同一期限内提出申诉。"));
	}

}
