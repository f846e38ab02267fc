package cn.egov.approval.penalty;

import cn.egov.approval.notices.NoticeType;

/** The written documents of a penalty case (domain.md §3; issue 6). */
public enum PenaltyNoticeType implements NoticeType {

	/** 立案审批表: the head's approval, or refusal, to open the case (APL 54). */
	CASE_OPENING("立案审批表", "罚立"),
	/** 行政处罚事先告知书 (APL 44, 63). */
	PRIOR_NOTICE("行政处罚事先告知书", "罚告"),
	/** 听证通知书 (APL 64). */
	HEARING_NOTICE("听证通知书", "罚听"),
	/** 行政处罚决定书 (APL 59). */
	DECISION("行政处罚决定书", "罚决"),
	/** 当场行政处罚决定书 (APL 52). */
	ON_THE_SPOT_DECISION("当场行政处罚决定书", "罚当"),
	/** 不予行政处罚决定书 (APL 57(2), (3)). */
	NO_PENALTY("不予行政处罚决定书", "罚不"),
	/** 涉嫌犯罪案件移送书 (APL 57(4)). */
	TRANSFER("涉嫌犯罪案件移送书", "罚移"),
	/** 罚款缴款通知书. */
	FINE_PAYMENT("缴款通知书", "罚缴"),
	/** 催告书 (ACL 35; APL 72). */
	DEMAND("催告书", "罚催"),
	/** 先行登记保存通知书: evidence preserved with the head's approval (APL 56). */
	PRESERVATION("先行登记保存通知书", "罚保");

	private final String title;

	private final String serialTag;

	PenaltyNoticeType(String title, String serialTag) {
		this.title = title;
		this.serialTag = serialTag;
	}

	@Override
	public String code() {
		return "PENALTY_" + name();
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
