package cn.egov.approval.notices;

import java.util.List;

/**
 * What a notice says, built from structured data by one record per notice type (such as
 * {@link AcceptanceNotice}); the renderer adds the header, serial number, signature, date
 * and seal.
 */
public interface NoticeContent {

	/**
	 * Returns the notice type.
	 * @return the type
	 */
	NoticeType type();

	/**
	 * Returns the case the notice belongs to.
	 * @return the case number, or {@code null} for a notice that concerns no case
	 */
	String caseNo();

	/**
	 * Returns whom the notice is addressed to, printed as "沈市民：" above the body.
	 * @return the addressee
	 */
	String addressee();

	/**
	 * Builds the body.
	 * @param agency the issuing agency (its remedies bodies are named in decisions)
	 * @return the body blocks in order
	 */
	List<NoticeBlock> body(IssuingAgency agency);

	/**
	 * Returns the document's title.
	 * @return the title, by default the type's
	 */
	default String title() {
		return type().title();
	}

}
