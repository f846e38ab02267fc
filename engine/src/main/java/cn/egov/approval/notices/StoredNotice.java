package cn.egov.approval.notices;

import java.time.Instant;

/**
 * An issued notice as stored (without its PDF bytes, which {@link NoticeService#pdf}
 * returns).
 *
 * @param id the notice's id (a random UUID: not guessable from another notice's)
 * @param type the {@link NoticeType#code()}
 * @param serialNo the serial number (文号), unique
 * @param agencyCode the issuing department
 * @param caseNo the case, or {@code null}
 * @param title the title
 * @param sha256 the SHA-256 of the PDF bytes, lower-case hex
 * @param sizeBytes the PDF's size
 * @param createdAt when it was issued (whole seconds)
 * @param createdBy who issued it (a username, or a system actor such as a timer)
 */
public record StoredNotice(String id, String type, String serialNo, String agencyCode, String caseNo, String title,
		String sha256, int sizeBytes, Instant createdAt, String createdBy) {
}
