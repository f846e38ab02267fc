package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.List;

/**
 * 延期通知书 (ALL 42): the reason, who approved the extension and when, and the new date. One
 * agency may extend by 10 working days with its head's approval; joint handling by 15
 * with the same-level government's approval.
 *
 * @param caseNo the case number
 * @param applicant the applicant's name
 * @param itemName the licensing item
 * @param reason why the decision cannot be made in time
 * @param joint whether the case is handled jointly (ALL 42¶2)
 * @param extensionWorkingDays the extension, at most 10 (15 when joint)
 * @param approvedBy who approved it, e.g. 本机关负责人周局长
 * @param approvedOn when it was approved
 * @param previousDeadline the deadline before the extension
 * @param newDeadline the deadline after it
 */
public record ExtensionNotice(String caseNo, String applicant, String itemName, String reason, boolean joint,
		int extensionWorkingDays, String approvedBy, LocalDate approvedOn, LocalDate previousDeadline,
		LocalDate newDeadline) implements NoticeContent {

	public ExtensionNotice {
		Texts.require(caseNo, "caseNo");
		Texts.require(applicant, "applicant");
		Texts.require(itemName, "itemName");
		Texts.require(reason, "reason");
		Texts.requirePositive(extensionWorkingDays, "extensionWorkingDays");
		if (extensionWorkingDays > (joint ? 15 : 10)) {
			throw new IllegalArgumentException("extensionWorkingDays exceeds the statutory maximum");
		}
		Texts.require(approvedBy, "approvedBy");
		Texts.requireValue(approvedOn, "approvedOn");
		Texts.requireValue(previousDeadline, "previousDeadline");
		Texts.requireValue(newDeadline, "newDeadline");
		if (!newDeadline.isAfter(previousDeadline)) {
			throw new IllegalArgumentException("newDeadline must be after previousDeadline");
		}
	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.EXTENSION;
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		String article = this.joint ? "第四十二条第二款" : "第四十二条第一款";
		return List.of(
				new NoticeBlock.Paragraph("你（单位）申请的" + this.itemName + "（办件编号：" + this.caseNo + "），因" + this.reason
						+ "，不能在规定期限内作出决定。根据《中华人民共和国行政许可法》" + article + "的规定，经" + this.approvedBy + "于"
						+ Wording.date(this.approvedOn) + "批准，办理期限延长" + this.extensionWorkingDays + "个工作日。"),
				NoticeBlock.Fields.of("延期理由", this.reason, "批准",
						this.approvedBy + "（" + Wording.date(this.approvedOn) + "）", "原办结期限",
						Wording.date(this.previousDeadline), "延长后办结期限", Wording.date(this.newDeadline)),
				new NoticeBlock.Paragraph("本机关将在延长后的期限内作出决定。"));
	}

}
