package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 准予行政许可决定书 (ALL 38¶1, 39), or for an item of another kind its own decision
 * ({@link DecisionKind}): a registration is not a licence and cites no Licensing Law.
 *
 * @param caseNo the case number
 * @param applicant the applicant, who becomes the licensee
 * @param itemName the licensing item
 * @param acceptedOn when the application was accepted
 * @param approvedContent what is approved
 * @param scope the approved scope
 * @param validFrom the first day of validity
 * @param validUntil the last day of validity, or {@code null} for no end (长期有效)
 * @param certificateName the certificate issued, e.g. 食品经营许可证
 * @param certificateNo its number
 * @param legalBasis the item's own legal basis (e.g. 《中华人民共和国食品安全法》第三十五条), or
 * {@code null}
 * @param kind the kind of act decided; {@code null} means licensing
 */
public record ApprovalDecision(String caseNo, String applicant, String itemName, LocalDate acceptedOn,
		String approvedContent, String scope, LocalDate validFrom, LocalDate validUntil, String certificateName,
		String certificateNo, String legalBasis, DecisionKind kind) implements NoticeContent {

	public ApprovalDecision {
		kind = (kind != null) ? kind : DecisionKind.LICENSING;
		Texts.require(caseNo, "caseNo");
		Texts.require(applicant, "applicant");
		Texts.require(itemName, "itemName");
		Texts.requireValue(acceptedOn, "acceptedOn");
		Texts.require(approvedContent, "approvedContent");
		Texts.require(scope, "scope");
		Texts.requireValue(validFrom, "validFrom");
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new IllegalArgumentException("validUntil is before validFrom");
		}
		Texts.require(certificateName, "certificateName");
		Texts.require(certificateNo, "certificateNo");
	}

	/** A licensing decision (准予行政许可决定书). */
	public ApprovalDecision(String caseNo, String applicant, String itemName, LocalDate acceptedOn,
			String approvedContent, String scope, LocalDate validFrom, LocalDate validUntil, String certificateName,
			String certificateNo, String legalBasis) {
		this(caseNo, applicant, itemName, acceptedOn, approvedContent, scope, validFrom, validUntil, certificateName,
				certificateNo, legalBasis, DecisionKind.LICENSING);
	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.APPROVAL;
	}

	@Override
	public String title() {
		return this.kind.approvalTitle();
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		DecisionKind k = this.kind;
		String basis = k.basis(this.legalBasis, "《中华人民共和国行政许可法》第三十八条第一款");
		String noun = k.noun();
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new NoticeBlock.Paragraph(
				"你（单位）提出的" + this.itemName + "申请（办件编号：" + this.caseNo + "），本机关已于" + Wording.date(this.acceptedOn)
						+ "受理。经审查，申请符合" + k.conditions() + "。根据" + basis + "的规定，本机关决定" + k.grant() + "。具体内容如下："));
		body.add(NoticeBlock.Fields.of(k.partyLabel(), this.applicant, noun + "事项", this.itemName, noun + "内容",
				this.approvedContent, noun + "范围", this.scope, "有效期限", validity(), k.certificateLabel(),
				this.certificateName + "（编号：" + this.certificateNo + "）"));
		String pickUp = "请凭本决定书和有效身份证明领取" + k.certificateLabel() + "。";
		body.add(new NoticeBlock.Paragraph((k.duty() != null) ? pickUp + k.duty() : pickUp));
		return body;
	}

	private String validity() {
		String from = "自" + Wording.date(this.validFrom);
		return (this.validUntil != null) ? from + "至" + Wording.date(this.validUntil) : from + "起长期有效";
	}

}
