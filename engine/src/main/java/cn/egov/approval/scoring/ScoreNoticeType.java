package cn.egov.approval.scoring;

import cn.egov.approval.notices.NoticeType;

/** The notices scoring issues. */
public enum ScoreNoticeType implements NoticeType {

	/** 效能考评通报: the period's ranking and grades. */
	BULLETIN("SCORE_BULLETIN", "行政效能考评通报", "效通");

	private final String code;

	private final String title;

	private final String serialTag;

	ScoreNoticeType(String code, String title, String serialTag) {
		this.code = code;
		this.title = title;
		this.serialTag = serialTag;
	}

	@Override
	public String code() {
		return this.code;
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
