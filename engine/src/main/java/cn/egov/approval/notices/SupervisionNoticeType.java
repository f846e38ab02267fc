package cn.egov.approval.notices;

/** The written documents of a supervision card (domain.md §5; issue 5). */
public enum SupervisionNoticeType implements NoticeType {

	/** 监察提示单: tells a department of a yellow card. */
	REMINDER("监察提示单", "监提"),
	/** 督办通知书: orders a department to answer a card within a limit. */
	ORDER("督办通知书", "监督"),
	/** 监察建议书: re-supervision instructions, or the accountability a card closes with. */
	RECOMMENDATION("监察建议书", "监建");

	private final String title;

	private final String serialTag;

	SupervisionNoticeType(String title, String serialTag) {
		this.title = title;
		this.serialTag = serialTag;
	}

	@Override
	public String code() {
		return "SUPERVISION_" + name();
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
