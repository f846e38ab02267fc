package cn.egov.approval.levy;

import cn.egov.approval.notices.NoticeType;

/** The written documents of a levy case (domain.md §4; ACL 35, 45). */
public enum LevyNoticeType implements NoticeType {

	/** 缴款通知书: one consolidated bill per case (一单式收费). */
	LEVY_PAYMENT("缴款通知书", "征缴"),
	/** 催告书: unpaid by the due date, with the late surcharge (ACL 35, 45). */
	LEVY_DEMAND("催告书", "征催"),
	/** 免征决定书: the case qualifies for the item's exemption. */
	LEVY_EXEMPTION("免征决定书", "征免");

	private final String title;

	private final String serialTag;

	LevyNoticeType(String title, String serialTag) {
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
