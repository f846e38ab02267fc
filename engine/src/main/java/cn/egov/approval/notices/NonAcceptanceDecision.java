package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 不予受理决定书 (ALL 32(1)-(2)): the reasons, the competent agency when the matter is outside
 * this agency's competence, and the remedies.
 *
 * @param caseNo the case number given at receipt
 * @param applicant the applicant's name
 * @param itemName the licensing item applied for
 * @param receivedOn when the application was received
 * @param reasons the reasons, at least one
 * @param competentAgency the agency to apply to instead, or {@code null} when the matter
 * is within this agency's competence
 */
public record NonAcceptanceDecision(String caseNo, String applicant, String itemName, LocalDate receivedOn,
		List<String> reasons, String competentAgency) implements NoticeContent {

	public NonAcceptanceDecision {
		Texts.require(caseNo, "caseNo");
		Texts.require(applicant, "applicant");
		Texts.require(itemName, "itemName");
		Texts.requireValue(receivedOn, "receivedOn");
		reasons = Texts.requireItems(reasons, "reasons");
	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.NON_ACCEPTANCE;
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new NoticeBlock.Paragraph("你（单位）于" + Wording.date(this.receivedOn) + "提交的" + this.itemName + "申请（办件编号："
				+ this.caseNo + "），经审查，根据《中华人民共和国行政许可法》第三十二条第一款的规定，本机关决定不予受理。理由如下："));
		body.addAll(Wording.numbered(this.reasons));
		if (this.competentAgency != null && !this.competentAgency.isBlank()) {
			body.add(new NoticeBlock.Paragraph("该申请事项不属于本机关职权范围，请向" + this.competentAgency + "提出申请。"));
		}
		body.add(Wording.remedies(agency));
		return body;
	}

}
