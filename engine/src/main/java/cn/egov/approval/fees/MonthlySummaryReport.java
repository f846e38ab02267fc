package cn.egov.approval.fees;

import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.notices.IssuingAgency;
import cn.egov.approval.notices.NoticeBlock;
import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.NoticeType;

/** The monthly summary laid out as a document for the finance bureau. */
record MonthlySummaryReport(MonthlySummaries.Summary summary) implements NoticeContent {

	@Override
	public NoticeType type() {
		return FeeNoticeType.MONTHLY_SUMMARY;
	}

	@Override
	public String caseNo() {
		return null;
	}

	@Override
	public String addressee() {
		return MonthlySummaries.FINANCE_BUREAU.name();
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		List<List<String>> rows = new ArrayList<>();
		for (MonthlySummaries.Row row : this.summary.rows()) {
			rows.add(List.of(row.departmentCode(), row.itemCode(), row.feeName(), Integer.toString(row.count()),
					row.amount().toPlainString()));
		}
		if (rows.isEmpty()) {
			rows.add(List.of("—", "—", "本月无收费", "0", "0.00"));
		}
		List<String> methods = new ArrayList<>();
		this.summary.byMethod().forEach((method, amount) -> methods.add(method.name() + " " + amount.toPlainString()));
		return List.of(new NoticeBlock.Paragraph(this.summary.month() + " 月非税收入汇总如下："),
				new NoticeBlock.Table(List.of(new NoticeBlock.Column("部门", 3), new NoticeBlock.Column("事项编码", 3),
						new NoticeBlock.Column("收费项目", 3), new NoticeBlock.Column("笔数", 1),
						new NoticeBlock.Column("金额（元）", 2)), rows),
				NoticeBlock.Fields.of("合计（元）", this.summary.total().toPlainString(), "按缴款方式",
						methods.isEmpty() ? "—" : String.join("；", methods), "作废票据（张）",
						Integer.toString(this.summary.voidedReceipts())));
	}

}
