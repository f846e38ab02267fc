package cn.egov.approval.notices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 缴款通知书: one consolidated bill per case (一单式收费), fees only at the published standard and
 * where a law provides (ALL 58-59).
 *
 * @param caseNo the case number
 * @param payer who pays (the applicant)
 * @param itemName the licensing item
 * @param fees the fee items
 * @param payBy the payment deadline
 * @param payee the collecting account's holder (e.g. the finance bureau's non-tax
 * account)
 * @param bank the bank of the account
 * @param accountNo the account number
 */
public record PaymentNotice(String caseNo, String payer, String itemName, List<Fee> fees, LocalDate payBy, String payee,
		String bank, String accountNo) implements NoticeContent {

	public PaymentNotice {
		Texts.require(caseNo, "caseNo");
		Texts.require(payer, "payer");
		Texts.require(itemName, "itemName");
		fees = Texts.requireItems(fees, "fees");
		Texts.requireValue(payBy, "payBy");
		Texts.require(payee, "payee");
		Texts.require(bank, "bank");
		Texts.require(accountNo, "accountNo");
	}

	/**
	 * One fee item.
	 *
	 * @param name the fee, e.g. 证照工本费
	 * @param standard the published standard, e.g. 每证10元
	 * @param amount the amount in yuan
	 * @param legalBasis the law or approval document that provides for it
	 */
	public record Fee(String name, String standard, BigDecimal amount, String legalBasis) {

		public Fee {
			Texts.require(name, "name");
			Texts.require(standard, "standard");
			Texts.requireValue(amount, "amount");
			if (amount.signum() < 0) {
				throw new IllegalArgumentException("amount must not be negative");
			}
			amount = amount.setScale(2, RoundingMode.HALF_UP);
			Texts.require(legalBasis, "legalBasis");
		}

	}

	/**
	 * Returns the sum of the fee items.
	 * @return the total in yuan
	 */
	public BigDecimal total() {
		return this.fees.stream().map(Fee::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	@Override
	public NoticeType type() {
		return LicensingNoticeType.PAYMENT;
	}

	@Override
	public String addressee() {
		return this.payer;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		return List.of(
				new NoticeBlock.Paragraph(
						"你（单位）申请的" + this.itemName + "（办件编号：" + this.caseNo + "），依照下列收费依据和标准，应缴纳以下费用："),
				table(),
				NoticeBlock.Fields.of("合计金额",
						"¥" + total().toPlainString() + "（人民币" + ChineseAmounts.inCapitals(total()) + "）", "缴款期限",
						Wording.date(this.payBy) + "前", "收款单位", this.payee, "开户银行", this.bank, "账号", this.accountNo),
				new NoticeBlock.Paragraph("请在缴款期限内通过上述账户或者到政务服务中心窗口缴纳，并凭缴款凭证领取财政票据。本机关不以任何其他方式收取费用。"));
	}

	private NoticeBlock.Table table() {
		return new NoticeBlock.Table(List.of(new NoticeBlock.Column("序号", 1), new NoticeBlock.Column("收费项目", 3),
				new NoticeBlock.Column("收费标准", 3), new NoticeBlock.Column("收费依据", 4),
				new NoticeBlock.Column("金额（元）", 2)), IntStream.range(0, this.fees.size()).mapToObj(i -> {
					Fee fee = this.fees.get(i);
					return List.of(Integer.toString(i + 1), fee.name(), fee.standard(), fee.legalBasis(),
							fee.amount().toPlainString());
				}).toList());
	}

}
