package cn.egov.approval.notices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One filled-in notice of each licensing type, with what its text must show. */
final class NoticeSamples {

	static final IssuingAgency AGENCY = new IssuingAgency("SFX-SCJGJ", "示范县市场监督管理局", "示县市监", "示范县人民政府", "示范县人民法院");

	static final String CASE_NO = "SFX-SCJGJ-20261012-0007";

	static final String APPLICANT = "示范县启明科技有限公司";

	static final String ITEM = "食品经营许可（新办）";

	static final LocalDate RECEIVED = LocalDate.of(2026, 10, 12);

	static final LocalDate ACCEPTED = LocalDate.of(2026, 10, 13);

	private NoticeSamples() {
	}

	static AcceptanceNotice acceptance() {
		return new AcceptanceNotice(CASE_NO, APPLICANT, ITEM, List.of("食品经营许可申请书", "营业执照复印件", "法定代表人身份证明"), RECEIVED,
				ACCEPTED, 10, LocalDate.of(2026, 10, 27), "赵承办", "0731-8888 1234", "K7Q2-9XZ4");
	}

	static CorrectionNotice correction() {
		return new CorrectionNotice(CASE_NO, APPLICANT, ITEM, RECEIVED,
				List.of(new CorrectionNotice.Defect("食品安全管理制度", "未提交，请补交加盖公章的文本"),
						new CorrectionNotice.Defect("经营场所平面图", "未标明功能分区，请重新绘制并签字确认")),
				LocalDate.of(2026, 10, 19), RECEIVED, "王窗口", "0731-8888 1000");
	}

	static NonAcceptanceDecision nonAcceptance() {
		return new NonAcceptanceDecision(CASE_NO, APPLICANT, "建筑工程施工许可", RECEIVED, List.of("申请事项依法不属于本机关职权范围"),
				"示范县住房和城乡建设局");
	}

	static ApprovalDecision approval() {
		return new ApprovalDecision(CASE_NO, APPLICANT, ITEM, ACCEPTED, "预包装食品（含冷藏冷冻食品）销售", "示范县启明路8号一层",
				LocalDate.of(2026, 10, 20), LocalDate.of(2031, 10, 19), "食品经营许可证", "JY14301020012345",
				"《中华人民共和国食品安全法》第三十五条");
	}

	static RefusalDecision refusal() {
		return new RefusalDecision(CASE_NO, APPLICANT, ITEM, ACCEPTED, List.of("经营场所与有毒、有害场所的距离不符合要求", "未配备专职食品安全管理人员"),
				"《中华人民共和国食品安全法》第三十五条");
	}

	static SpecialProcedureNotice specialProcedure() {
		return new SpecialProcedureNotice(CASE_NO, APPLICANT, ITEM, SpecialProcedure.EXPERT_REVIEW, "经营工艺涉及新技术",
				LocalDate.of(2026, 10, 15), 3, LocalDate.of(2026, 10, 19));
	}

	static ExtensionNotice extension() {
		return new ExtensionNotice(CASE_NO, APPLICANT, ITEM, "需现场核查的场所较多", false, 10, "本机关负责人周局长",
				LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 24));
	}

	static PaymentNotice payment() {
		return new PaymentNotice(CASE_NO, APPLICANT, ITEM,
				List.of(new PaymentNotice.Fee("证照工本费", "每证10元", new BigDecimal("10"), "示价费〔2025〕3号")),
				LocalDate.of(2026, 10, 30), "示范县财政局非税收入专户", "示范县农村商业银行营业部", "6228 4801 2345 6789");
	}

	/** Each sample with the texts that domain.md §2 requires it to show. */
	static Map<NoticeContent, List<String>> withRequiredTexts() {
		return Map.of(acceptance(),
				List.of("受理通知书", CASE_NO, APPLICANT, ITEM, "营业执照复印件", "法定代表人身份证明", "2026年10月12日", "2026年10月13日",
						"10个工作日", "2026年10月27日", "赵承办", "0731-88881234", "K7Q2-9XZ4"),
				correction(),
				List.of("补正材料通知书", "一次性告知", CASE_NO, APPLICANT, ITEM, "食品安全管理制度", "经营场所平面图", "共2项", "2026年10月19日前",
						"送达日期：2026年10月12日"),
				nonAcceptance(),
				List.of("不予受理决定书", CASE_NO, APPLICANT, "建筑工程施工许可", "不属于本机关职权范围", "示范县住房和城乡建设局", "六十日内", "示范县人民政府",
						"行政复议", "六个月内", "示范县人民法院", "行政诉讼"),
				approval(),
				List.of("准予行政许可决定书", CASE_NO, APPLICANT, ITEM, "预包装食品（含冷藏冷冻食品）销售", "示范县启明路8号一层",
						"自2026年10月20日至2031年10月19日", "食品经营许可证", "JY14301020012345"),
				refusal(),
				List.of("不予行政许可决定书", CASE_NO, APPLICANT, ITEM, "经营场所与有毒、有害场所的距离不符合要求", "未配备专职食品安全管理人员",
						"六十日内向示范县人民政府申请行政复议", "《中华人民共和国行政复议法》第二十条", "六个月内直接向示范县人民法院提起行政诉讼", "《中华人民共和国行政诉讼法》第四十六条"),
				specialProcedure(),
				List.of("特殊程序告知书", CASE_NO, APPLICANT, ITEM, "专家评审", "经营工艺涉及新技术", "预计3个工作日", "2026年10月15日",
						"2026年10月19日", "不计算在行政许可期限内"),
				extension(),
				List.of("延期通知书", CASE_NO, APPLICANT, ITEM, "需现场核查的场所较多", "本机关负责人周局长", "2026年11月5日", "延长10个工作日",
						"2026年11月10日", "2026年11月24日"),
				payment(), List.of("缴款通知书", CASE_NO, APPLICANT, ITEM, "证照工本费", "每证10元", "示价费〔2025〕3号", "10.00",
						"人民币壹拾元整", "2026年10月30日前", "示范县财政局非税收入专户", "示范县农村商业银行营业部", "6228480123456789"));
	}

}
