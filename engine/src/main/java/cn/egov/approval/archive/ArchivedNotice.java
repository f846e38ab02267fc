package cn.egov.approval.archive;

import java.time.Instant;

/**
 * An issued notice as the archive lists it.
 *
 * @param id the notice id (for the download)
 * @param type the notice type code
 * @param serialNo the serial number (文号)
 * @param agencyCode the issuing department
 * @param agencyName its name
 * @param caseNo the case, or {@code null} for a notice to a department
 * @param title the title
 * @param sha256 the SHA-256 recorded at issue
 * @param sizeBytes the PDF's size
 * @param createdAt when it was issued
 * @param createdBy who issued it
 */
public record ArchivedNotice(String id, String type, String serialNo, String agencyCode, String agencyName,
		String caseNo, String title, String sha256, int sizeBytes, Instant createdAt, String createdBy) {
}
