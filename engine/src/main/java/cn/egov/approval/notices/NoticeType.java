package cn.egov.approval.notices;

/**
 * A kind of notice. Licensing notices are {@link LicensingNoticeType}; other features
 * (supervision, scoring) add their own enums implementing this interface, so that the
 * renderer and the store need no change for a new kind.
 */
public interface NoticeType {

	/**
	 * Returns the stable code stored with each notice and used in the API.
	 * @return the code, e.g. {@code ACCEPTANCE}; at most 40 characters
	 */
	String code();

	/**
	 * Returns the document's title.
	 * @return the title, e.g. 受理通知书
	 */
	String title();

	/**
	 * Returns the part of the serial number (文号) naming the kind of document; numbers run
	 * per agency, type and year.
	 * @return the tag, e.g. 许受 in 示市监许受〔2026〕15号
	 */
	String serialTag();

}
