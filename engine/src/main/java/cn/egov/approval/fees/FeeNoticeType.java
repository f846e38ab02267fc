package cn.egov.approval.fees;

import cn.egov.approval.notices.NoticeType;

/** The documents of the fee ledger. */
public enum FeeNoticeType implements NoticeType {

	/** 非税收入月汇总表, for the finance bureau. */
	MONTHLY_SUMMARY("非税收入月汇总表", "汇");

	private final String title;

	private final String serialTag;

	FeeNoticeType(String title, String serialTag) {
		this.title = title;
		this.serialTag = serialTag;
	}

	@Override
	public String code() {
		return name();
	}

	@Override
	public String title() {
		return this.title;
	}

	@Override
	public String serialTag() {
		return this.serialTag;
	}

}
