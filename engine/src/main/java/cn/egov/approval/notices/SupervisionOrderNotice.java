package cn.egov.approval.notices;

import java.util.List;

/**
 * 督办通知书: orders a department to confirm and explain a card, recording its rectification
 * (整改), or to appeal (申诉), within a working-day limit.
 *
 * @param card the card
 * @param workingDays the limit in working days
 */
public record SupervisionOrderNotice(SupervisedCard card, int workingDays) implements SupervisionNotice {

	public SupervisionOrderNotice {
		Texts.requireValue(card, "card");
		Texts.requirePositive(workingDays, "workingDays");
	}

	@Override
	public NoticeType type() {
		return SupervisionNoticeType.ORDER;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		return List.of(
				new NoticeBlock.Paragraph(
						"经电子监察系统监测，你单位办理的第" + this.card.caseNo() + "号办件出现" + this.card.level() + "，本机关决定予以督办。"),
				this.card.fields(agency, "答复期限"), new NoticeBlock.Paragraph("请你单位自收到本通知书之日起" + this.workingDays
						+ "个工作日内，通过电子监察系统确认情况、说明原因并报告整改情况；" + "对督办事项有异议的，可在同一期限内提出申诉并说明理由。逾期未答复的，本机关将提级督办。"));
	}

}
