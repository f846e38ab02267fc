package cn.egov.approval.levy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.egov.approval.notices.ChineseAmounts;
import cn.egov.approval.notices.IssuingAgency;
import cn.egov.approval.notices.NoticeBlock;
import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.NoticeType;

/** The contents of the levy documents. */
final class LevyNotices {

	private LevyNotices() {
	}

	static String yuan(BigDecimal amount) {
		return "¥" + amount.toPlainString() + "（人民币" + ChineseAmounts.inCapitals(amount) + "）";
	}

	/**
	 * 缴款通知书: the consolidated bill.
	 */
	record Payment(String caseNo, String payer, String itemName, String feeName, String basis, String quantity,
			BigDecimal amount, String legalBasis, LocalDate payBy, String payee, String bank, String accountNo,
			BigDecimal surchargeRatePerDay) implements NoticeContent {

		@Override
		public NoticeType type() {
			return LevyNoticeType.LEVY_PAYMENT;
		}

		@Override
		public String addressee() {
			return this.payer;
		}

		@Override
		public List<NoticeBlock> body(IssuingAgency agency) {
			return List.of(
					new NoticeBlock.Paragraph("经核定，你（单位）应缴纳" + this.itemName + "（案件编号：" + this.caseNo + "），依据"
							+ this.legalBasis + "，计费如下："),
					new NoticeBlock.Table(
							List.of(new NoticeBlock.Column("收费项目", 3), new NoticeBlock.Column("计费依据", 4),
									new NoticeBlock.Column("计费数量", 2), new NoticeBlock.Column("金额（元）", 2)),
							List.of(List.of(this.feeName, this.basis, this.quantity, this.amount.toPlainString()))),
					NoticeBlock.Fields.of("合计金额", yuan(this.amount), "缴款期限", this.payBy + "前", "收款单位", this.payee,
							"开户银行", this.bank, "账号", this.accountNo),
					new NoticeBlock.Paragraph("请在缴款期限内到政务服务中心收费窗口或者通过网上缴费缴纳，并领取财政票据。逾期不缴纳的，自期限届满次日起按日加收应缴金额"
							+ this.surchargeRatePerDay.movePointRight(2).stripTrailingZeros().toPlainString()
							+ "%的滞纳金，滞纳金数额不超过应缴金额（《中华人民共和国行政强制法》第四十五条）。"));
		}

	}

	/** 催告书: the written demand, before any enforcement (ACL 35). */
	record Demand(String caseNo, String payer, String itemName, BigDecimal principal, LocalDate payBy,
			BigDecimal surchargeRatePerDay, LocalDate newPayBy) implements NoticeContent {

		@Override
		public NoticeType type() {
			return LevyNoticeType.LEVY_DEMAND;
		}

		@Override
		public String addressee() {
			return this.payer;
		}

		@Override
		public List<NoticeBlock> body(IssuingAgency agency) {
			return List.of(
					new NoticeBlock.Paragraph("你（单位）应于" + this.payBy + "前缴纳的" + this.itemName + "（案件编号：" + this.caseNo
							+ "）" + yuan(this.principal) + "，至今未缴纳。"),
					new NoticeBlock.Paragraph("根据《中华人民共和国行政强制法》第三十五条、第四十五条，现催告你（单位）于" + this.newPayBy + "前缴纳。自"
							+ this.payBy.plusDays(1) + "起按日加收应缴金额"
							+ this.surchargeRatePerDay.movePointRight(2).stripTrailingZeros().toPlainString()
							+ "%的滞纳金，滞纳金数额不超过应缴金额。"),
					new NoticeBlock.Paragraph("你（单位）有权进行陈述和申辩。逾期仍不缴纳的，本机关将依法申请人民法院强制执行。"));
		}

	}

	/** 免征决定书. */
	record Exemption(String caseNo, String payer, String itemName, String basis,
			String reason) implements NoticeContent {

		@Override
		public NoticeType type() {
			return LevyNoticeType.LEVY_EXEMPTION;
		}

		@Override
		public String addressee() {
			return this.payer;
		}

		@Override
		public List<NoticeBlock> body(IssuingAgency agency) {
			return List.of(
					new NoticeBlock.Paragraph("经核定，你（单位）的" + this.itemName + "事项（案件编号：" + this.caseNo + "）符合免征条件（"
							+ this.basis + "），决定免予征收。"),
					new NoticeBlock.Paragraph("免征理由：" + this.reason),
					new NoticeBlock.Paragraph("如不服本决定，可以依法申请行政复议或者提起行政诉讼。"));
		}

	}

}
