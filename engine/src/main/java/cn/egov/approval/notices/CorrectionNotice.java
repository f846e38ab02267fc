package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 补正材料通知书 (一次性告知单, ALL 32(4)): lists <em>every</em> missing or defective material at
 * once.
 *
 * @param caseNo the case number given at receipt
 * @param applicant the applicant's name
 * @param itemName the licensing item
 * @param receivedOn when the materials were received
 * @param defects every missing or defective material
 * @param correctionDeadline the date by which to supplement
 * @param servedOn the date the notice is served
 * @param handler the clerk or handler
 * @param contactPhone the contact number
 */
public record CorrectionNotice(String caseNo, String applicant, String itemName, LocalDate receivedOn,
		List<Defect> defects, LocalDate correctionDeadline, LocalDate servedOn, String handler,
		String contactPhone) implements NoticeContent {

	public CorrectionNotice {
		Texts.require(caseNo, "caseNo");
		Texts.require(applicant, "applicant");
		Texts.require(itemName, "itemName");
		Texts.requireValue(receivedOn, "receivedOn");
		defects = Texts.requireItems(defects, "defects");
		Texts.requireValue(correctionDeadline, "correctionDeadline");
		Texts.requireValue(servedOn, "servedOn");
		Texts.require(handler, "handler");
		Texts.require(contactPhone, "contactPhone");
	}

	/**
	 * One missing or defective material.
	 *
	 * @param material the material
	 * @param problem what is missing or wrong, and what to supply
	 */
	public record Defect(String material, String problem) {

		public Defect {
			Texts.require(material, "material");
			Texts.require(problem, "problem");
		}

	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.CORRECTION;
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		return List.of(
				new NoticeBlock.Paragraph("你（单位）于" + Wording.date(this.receivedOn) + "提交的" + this.itemName
						+ "申请，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容如下（共"
						+ this.defects.size() + "项）："),
				table(),
				new NoticeBlock.Paragraph(
						"请于" + Wording.date(this.correctionDeadline) + "前一并补正上述全部材料。补正后申请材料齐全、符合法定形式的，本机关将予以受理。"),
				NoticeBlock.Fields.of("办件编号", this.caseNo, "申请人", this.applicant, "申请事项", this.itemName, "补正期限",
						Wording.date(this.correctionDeadline) + "前", "送达日期", Wording.date(this.servedOn), "经办人",
						this.handler, "联系电话", this.contactPhone));
	}

	private NoticeBlock.Table table() {
		return new NoticeBlock.Table(
				List.of(new NoticeBlock.Column("序号", 1), new NoticeBlock.Column("材料名称", 4),
						new NoticeBlock.Column("存在问题及补正要求", 6)),
				IntStream.range(0, this.defects.size())
					.mapToObj(i -> List.of(Integer.toString(i + 1), this.defects.get(i).material(),
							this.defects.get(i).problem()))
					.toList());
	}

}
