package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 受理通知书 (ALL 32: a written, sealed, dated acceptance in every case).
 *
 * @param caseNo the case number
 * @param applicant the applicant's name
 * @param itemName the licensing item
 * @param materials the materials received, one entry each
 * @param receivedOn when the materials were received
 * @param acceptedOn when the application was accepted
 * @param promisedWorkingDays the item's promised limit in working days
 * @param promisedCompletionOn the promised completion date
 * @param handler the handler's name
 * @param contactPhone the handler's contact number
 * @param queryCode the code for anonymous progress look-ups, or {@code null}
 */
public record AcceptanceNotice(String caseNo, String applicant, String itemName, List<String> materials,
		LocalDate receivedOn, LocalDate acceptedOn, int promisedWorkingDays, LocalDate promisedCompletionOn,
		String handler, String contactPhone, String queryCode) implements NoticeContent {

	public AcceptanceNotice {
		Texts.require(caseNo, "caseNo");
		Texts.require(applicant, "applicant");
		Texts.require(itemName, "itemName");
		materials = Texts.requireItems(materials, "materials");
		Texts.requireValue(receivedOn, "receivedOn");
		Texts.requireValue(acceptedOn, "acceptedOn");
		Texts.requirePositive(promisedWorkingDays, "promisedWorkingDays");
		Texts.requireValue(promisedCompletionOn, "promisedCompletionOn");
		Texts.require(handler, "handler");
		Texts.require(contactPhone, "contactPhone");
	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.ACCEPTANCE;
	}

	@Override
	public String addressee() {
		return this.applicant;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new NoticeBlock.Paragraph("你（单位）于" + Wording.date(this.receivedOn) + "提交的" + this.itemName
				+ "申请，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。"));
		body.add(fields());
		body.add(new NoticeBlock.Heading("已收取的申请材料"));
		body.add(new NoticeBlock.Table(List.of(new NoticeBlock.Column("序号", 1), new NoticeBlock.Column("材料名称", 9)),
				IntStream.range(0, this.materials.size())
					.mapToObj(i -> List.of(Integer.toString(i + 1), this.materials.get(i)))
					.toList()));
		body.add(new NoticeBlock.Paragraph(
				"本机关将在承诺时限内作出决定。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定或者专家评审的，" + "所需时间不计算在办理时限内，本机关将另行书面告知。"));
		return body;
	}

	private NoticeBlock.Fields fields() {
		List<NoticeBlock.Field> fields = new ArrayList<>(List.of(new NoticeBlock.Field("办件编号", this.caseNo),
				new NoticeBlock.Field("申请人", this.applicant), new NoticeBlock.Field("申请事项", this.itemName),
				new NoticeBlock.Field("收件日期", Wording.date(this.receivedOn)),
				new NoticeBlock.Field("受理日期", Wording.date(this.acceptedOn)),
				new NoticeBlock.Field("承诺办结",
						this.promisedWorkingDays + "个工作日，于" + Wording.date(this.promisedCompletionOn) + "前办结"),
				new NoticeBlock.Field("承办人", this.handler), new NoticeBlock.Field("联系电话", this.contactPhone)));
		if (this.queryCode != null && !this.queryCode.isBlank()) {
			fields.add(new NoticeBlock.Field("查询码", this.queryCode + "（凭办件编号和查询码可在网上查询办理进度）"));
		}
		return new NoticeBlock.Fields(fields);
	}

}
