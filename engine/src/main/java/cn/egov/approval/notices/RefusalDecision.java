package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 不予行政许可决定书 (ALL 38¶2): the reasons and both remedies with their time limits and bodies.
 * For an item of another kind its own refusal ({@link DecisionKind}), without the
 * Licensing Law.
 *
 * @param caseNo the case number
 * @param applicant the applicant's name
 * @param itemName the licensing item
 * @param acceptedOn when the application was accepted
 * @param reasons the reasons, at least one
 * @param legalBasis the item's own legal basis, or {@code null}
 * @param kind the kind of act refused; {@code null} means licensing
 */
public record RefusalDecision(String caseNo, String applicant, String itemName, LocalDate acceptedOn,
		List<String> reasons, String legalBasis, DecisionKind kind) implements NoticeContent {

	public RefusalDecision {
		kind = (kind != null) ? kind : DecisionKind.LICENSING;
		Texts.require(caseNo, "caseNo");
		Texts.require(applicant, "applicant");
		Texts.require(itemName, "itemName");
		Texts.requireValue(acceptedOn, "acceptedOn");
		reasons = Texts.requireItems(reasons, "reasons");
	}

	/** A licensing refusal (不予行政许可决定书). */
	public RefusalDecision(String caseNo, String applicant, String itemName, LocalDate acceptedOn, List<String> reasons,
			String legalBasis) {
		this(caseNo, applicant, itemName, acceptedOn, reasons, legalBasis, DecisionKind.LICENSING);
	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.REFUSAL;
	}

	@Override
	public String title() {
		return this.kind.refusalTitle();
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		String basis = this.kind.basis(this.legalBasis, "《中华人民共和国行政许可法》第三十八条第二款");
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new NoticeBlock.Paragraph("你（单位）提出的" + this.itemName + "申请（办件编号：" + this.caseNo + "），本机关已于"
				+ Wording.date(this.acceptedOn) + "受理。经审查，申请不符合" + this.kind.conditions() + "。根据" + basis + "的规定，本机关决定"
				+ this.kind.refuse() + "。理由如下："));
		body.addAll(Wording.numbered(this.reasons));
		body.add(Wording.remedies(agency));
		return body;
	}

}
