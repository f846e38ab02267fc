package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.List;

/**
 * 特殊程序告知书 (ALL 45): which procedure, why, and how long; the clock pauses meanwhile.
 *
 * @param caseNo the case number
 * @param applicant the applicant's name
 * @param itemName the licensing item
 * @param procedure the procedure
 * @param reason why it is needed
 * @param startsOn the first day of the procedure
 * @param expectedWorkingDays how long it is expected to take, in working days
 * @param expectedEndOn the expected last day
 */
public record SpecialProcedureNotice(String caseNo, String applicant, String itemName, SpecialProcedure procedure,
		String reason, LocalDate startsOn, int expectedWorkingDays, LocalDate expectedEndOn) implements NoticeContent {

	public SpecialProcedureNotice {
		Texts.require(caseNo, "caseNo");
		Texts.require(applicant, "applicant");
		Texts.require(itemName, "itemName");
		Texts.requireValue(procedure, "procedure");
		Texts.require(reason, "reason");
		Texts.requireValue(startsOn, "startsOn");
		Texts.requirePositive(expectedWorkingDays, "expectedWorkingDays");
		Texts.requireValue(expectedEndOn, "expectedEndOn");
		if (expectedEndOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("expectedEndOn is before startsOn");
		}
	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.SPECIAL_PROCEDURE;
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		String name = this.procedure.chineseName();
		return List.of(
				new NoticeBlock.Paragraph("你（单位）申请的" + this.itemName + "（办件编号：" + this.caseNo + "），因" + this.reason
						+ "，依法需要进行" + name + "。根据《中华人民共和国行政许可法》第四十五条的规定，" + name + "所需时间不计算在行政许可期限内。现将有关事项书面告知如下："),
				NoticeBlock.Fields.of("特殊程序", name, "开始日期", Wording.date(this.startsOn), "所需时间",
						"预计" + this.expectedWorkingDays + "个工作日", "预计结束日期", Wording.date(this.expectedEndOn)),
				new NoticeBlock.Paragraph(name + "结束后，本机关将继续办理，办理期限按照" + name + "实际所用时间相应顺延，并告知你（单位）。"));
	}

}
