package cn.egov.approval.notices;

/** The written documents of a licensing case (domain.md §2, "Documents"). */
public enum LicensingNoticeType implements NoticeType {

	/** 受理通知书. */
	ACCEPTANCE("受理通知书", "许受"),
	/** 补正材料通知书 (一次性告知单). */
	CORRECTION("补正材料通知书", "许补"),
	/** 不予受理决定书. */
	NON_ACCEPTANCE("不予受理决定书", "许不受"),
	/** 准予行政许可决定书. */
	APPROVAL("准予行政许可决定书", "许准"),
	/** 不予行政许可决定书. */
	REFUSAL("不予行政许可决定书", "许不准"),
	/** 特殊程序告知书: the clock pauses (ALL 45). */
	SPECIAL_PROCEDURE("特殊程序告知书", "许特"),
	/** 延期通知书 (ALL 42). */
	EXTENSION("延期通知书", "许延"),
	/** 缴款通知书. */
	PAYMENT("缴款通知书", "许缴");

	private final String title;

	private final String serialTag;

	LicensingNoticeType(String title, String serialTag) {
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

	/**
	 * Whether a stored notice is one of these: a document addressed to the applicant, as
	 * opposed to one supervision addresses to a department.
	 * @param code a stored notice's type code
	 * @return whether it is a licensing notice
	 */
	public static boolean isLicensingNotice(String code) {
		for (LicensingNoticeType type : values()) {
			if (type.code().equals(code)) {
				return true;
			}
		}
		return false;
	}

}
