package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.List;

/**
 * 准予行政许可决定书 (ALL 38¶1, 39).
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
 */
public record ApprovalDecision(String caseNo, String applicant, String itemName, LocalDate acceptedOn,
		String approvedContent, String scope, LocalDate validFrom, LocalDate validUntil, String certificateName,
		String certificateNo, String legalBasis) implements NoticeContent {

	public ApprovalDecision {
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

	@Override
	public NoticeType type() {
		return LicensingNoticeType.APPROVAL;
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		String basis = Wording.basis(this.legalBasis, "《中华人民共和国行政许可法》第三十八条第一款");
		return List.of(
				new NoticeBlock.Paragraph("你（单位）提出的" + this.itemName + "申请（办件编号：" + this.caseNo + "），本机关已于"
						+ Wording.date(this.acceptedOn) + "受理。经审查，申请符合法定条件、标准。根据" + basis + "的规定，本机关决定准予行政许可。具体内容如下："),
				NoticeBlock.Fields.of("被许可人", this.applicant, "许可事项", this.itemName, "许可内容", this.approvedContent,
						"许可范围", this.scope, "有效期限", validity(), "许可证件",
						this.certificateName + "（编号：" + this.certificateNo + "）"),
				new NoticeBlock.Paragraph("请凭本决定书和有效身份证明领取许可证件。被许可人应当在许可范围和有效期限内从事许可活动，依法接受监督检查。"));
	}

	private String validity() {
		String from = "自" + Wording.date(this.validFrom);
		return (this.validUntil != null) ? from + "至" + Wording.date(this.validUntil) : from + "起长期有效";
	}

}
