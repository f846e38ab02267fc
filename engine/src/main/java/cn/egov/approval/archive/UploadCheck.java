package cn.egov.approval.archive;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the platform says about an uploaded PDF.
 *
 * @param sha256 the upload's SHA-256
 * @param matches whether it is, byte for byte, a notice the platform issued
 * @param notice the notice it is, or {@code null}
 * @param storedIntact whether the platform's own copy of that notice is still intact, or
 * {@code null} when nothing matched
 * @param claimedSerialNo when nothing matched: the serial number printed in the upload,
 * if it names a notice of the reader's region (the upload is then an altered copy of it)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UploadCheck(String sha256, boolean matches, ArchivedNotice notice, Boolean storedIntact,
		String claimedSerialNo) {
}
