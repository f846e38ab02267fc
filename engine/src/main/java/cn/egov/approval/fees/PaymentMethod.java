package cn.egov.approval.fees;

/** How a payer paid (domain.md §4, S3). */
public enum PaymentMethod {

	/** 现金, at the window. */
	CASH,
	/** 转账 (POS card or bank transfer at the window). */
	TRANSFER,
	/** 汇款 (wire to the non-tax account, slip shown at the window). */
	WIRE,
	/** 网上缴费, reported by the e-payment channel's callback. */
	E_PAYMENT

}
