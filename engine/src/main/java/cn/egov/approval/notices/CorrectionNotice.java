package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * @param note what the agency asks of all the materials, printed once, or {@code null}
 */
public record CorrectionNotice(String caseNo, String applicant, String itemName, LocalDate receivedOn,
		List<Defect> defects, LocalDate correctionDeadline, LocalDate servedOn, String handler, String contactPhone,
		String note) implements NoticeContent {

	/** What a material without a requirement of its own and no general note needs. */
	static final String DEFAULT_REQUIREMENT = "缺少或不符合法定形式，请补正";

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
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/** A notice whose defects each carry their own requirement. */
	public CorrectionNotice(String caseNo, String applicant, String itemName, LocalDate receivedOn,
			List<Defect> defects, LocalDate correctionDeadline, LocalDate servedOn, String handler,
			String contactPhone) {
		this(caseNo, applicant, itemName, receivedOn, defects, correctionDeadline, servedOn, handler, contactPhone,
				null);
	}

	/**
	 * One missing or defective material.
	 *
	 * @param material the material
	 * @param problem what is missing or wrong in this material and what to supply, or
	 * {@code null} when only the notice's general note says it
	 */
	public record Defect(String material, String problem) {

		public Defect {
			Texts.require(material, "material");
			problem = (problem == null || problem.isBlank()) ? null : problem.strip();
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
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new NoticeBlock.Paragraph("你（单位）于" + Wording.date(this.receivedOn) + "提交的" + this.itemName
				+ "申请，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容如下（共" + this.defects.size()
				+ "项）："));
		body.add(table());
		if (this.note != null || !ownRequirements()) {
			// The general note is said once, not copied into every row.
			body.add(new NoticeBlock.Paragraph("补正要求：" + ((this.note != null) ? this.note : DEFAULT_REQUIREMENT)));
		}
		body.add(new NoticeBlock.Paragraph(
				"请于" + Wording.date(this.correctionDeadline) + "前一并补正上述全部材料。补正后申请材料齐全、符合法定形式的，本机关将予以受理。"));
		body.add(NoticeBlock.Fields.of("办件编号", this.caseNo, "申请人", this.applicant, "申请事项", this.itemName, "补正期限",
				Wording.date(this.correctionDeadline) + "前", "送达日期", Wording.date(this.servedOn), "经办人", this.handler,
				"联系电话", this.contactPhone));
		return body;
	}

	private boolean ownRequirements() {
		return this.defects.stream().anyMatch((defect) -> defect.problem() != null);
	}

	/**
	 * With requirements of their own, one column holds each material's; otherwise the
	 * table lists the materials and the requirement follows once.
	 */
	private NoticeBlock.Table table() {
		if (!ownRequirements()) {
			return new NoticeBlock.Table(List.of(new NoticeBlock.Column("序号", 1), new NoticeBlock.Column("材料名称", 10)),
					IntStream.range(0, this.defects.size())
						.mapToObj(i -> List.of(Integer.toString(i + 1), this.defects.get(i).material()))
						.toList());
		}
		String otherwise = (this.note != null) ? "见下方补正要求" : DEFAULT_REQUIREMENT;
		return new NoticeBlock.Table(List.of(new NoticeBlock.Column("序号", 1), new NoticeBlock.Column("材料名称", 4),
				new NoticeBlock.Column("存在问题及补正要求", 6)), IntStream.range(0, this.defects.size()).mapToObj(i -> {
					Defect defect = this.defects.get(i);
					return List.of(Integer.toString(i + 1), defect.material(),
							(defect.problem() != null) ? defect.problem() : otherwise);
				}).toList());
	}

}
