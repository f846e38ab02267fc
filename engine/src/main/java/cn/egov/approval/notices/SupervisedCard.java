package cn.egov.approval.notices;

import java.time.LocalDate;

/**
 * What every supervision notice says about its card: the case, the card, how serious it
 * is, the department answerable and its deadline.
 *
 * @param caseNo the case number
 * @param cardNo the card number
 * @param level the level in words, e.g. 黄牌
 * @param kind what happened, e.g. {@code PROMISED_LIMIT_EXCEEDED}
 * @param department the full name of the department answerable
 * @param deadline the day by which the department must answer
 */
public record SupervisedCard(String caseNo, String cardNo, String level, String kind, String department,
		LocalDate deadline) {

	public SupervisedCard {
		Texts.require(caseNo, "caseNo");
		Texts.require(cardNo, "cardNo");
		Texts.require(level, "level");
		Texts.require(kind, "kind");
		Texts.require(department, "department");
		Texts.requireValue(deadline, "deadline");
	}

	NoticeBlock.Fields fields(IssuingAgency agency, String deadlineLabel) {
		return NoticeBlock.Fields.of("办件编号", this.caseNo, "督办卡号", this.cardNo, "预警级别", this.level, "预警类型", this.kind,
				"责任单位", this.department, deadlineLabel, Wording.date(this.deadline), "督办机关", agency.name());
	}

}
