package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the renderer draws: one notice, complete with its serial number and date.
 *
 * @param agency the issuing agency (header, signature, seal)
 * @param title the centred title
 * @param serialNo the serial number (文号)
 * @param addressee the addressee line
 * @param body the body blocks
 * @param date the date of issue, printed in Chinese numerals under the signature
 */
public record NoticeDocument(IssuingAgency agency, String title, String serialNo, String addressee,
		List<NoticeBlock> body, LocalDate date) {

	public NoticeDocument {
		Texts.requireValue(agency, "agency");
		Texts.require(title, "title");
		Texts.require(serialNo, "serialNo");
		Texts.require(addressee, "addressee");
		body = Texts.requireItems(body, "body");
		Texts.requireValue(date, "date");
	}

	/**
	 * Lays out a notice's content for an agency.
	 * @param content the content
	 * @param agency the issuing agency
	 * @param serialNo the serial number
	 * @param date the date of issue
	 * @return the document
	 */
	public static NoticeDocument of(NoticeContent content, IssuingAgency agency, String serialNo, LocalDate date) {
		return new NoticeDocument(agency, content.title(), serialNo, content.addressee(), content.body(agency), date);
	}

}
