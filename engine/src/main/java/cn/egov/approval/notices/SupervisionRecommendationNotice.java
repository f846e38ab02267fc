package cn.egov.approval.notices;

import java.util.ArrayList;
import java.util.List;

/**
 * 监察建议书: the supervision bureau's instructions when it re-supervises a card (再监察), or the
 * accountability measures a card closes with.
 *
 * @param card the card
 * @param findings what the bureau found, in its own words
 * @param measures the accountability measures in words, possibly none
 * @param resupervision whether the department must rectify again by the card's deadline
 */
public record SupervisionRecommendationNotice(SupervisedCard card, String findings, List<String> measures,
		boolean resupervision) implements SupervisionNotice {

	public SupervisionRecommendationNotice {
		Texts.requireValue(card, "card");
		Texts.require(findings, "findings");
		measures = (measures != null) ? List.copyOf(measures) : List.of();
		if (!resupervision && measures.isEmpty()) {
			throw new IllegalArgumentException("A recommendation on closure names at least one measure");
		}
	}

	@Override
	public NoticeType type() {
		return SupervisionNoticeType.RECOMMENDATION;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new NoticeBlock.Paragraph("本机关对你单位第" + this.card.caseNo() + "号办件的督办事项进行了审查，现提出如下监察建议。"));
		body.add(this.card.fields(agency, this.resupervision ? "整改期限" : "落实期限"));
		body.add(new NoticeBlock.Heading("一、监察意见"));
		body.add(new NoticeBlock.Paragraph(this.findings));
		if (!this.measures.isEmpty()) {
			body.add(new NoticeBlock.Heading("二、责任追究建议"));
			body.addAll(Wording.numbered(this.measures));
		}
		body.add(new NoticeBlock.Paragraph(
				this.resupervision ? "请你单位按照上述意见重新整改，并在整改期限内通过电子监察系统报告整改情况。" : "请你单位在落实期限内将处理结果书面报送本机关。"));
		return body;
	}

}
