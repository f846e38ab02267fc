package cn.egov.approval.archive;

/**
 * Whether a recorded notice's stored PDF still has the SHA-256 recorded when it was
 * issued.
 *
 * @param notice the notice
 * @param recordedSha256 the hash recorded at issue
 * @param storedSha256 the hash of the PDF stored now
 * @param intact whether both agree
 */
public record NoticeCheck(ArchivedNotice notice, String recordedSha256, String storedSha256, boolean intact) {
}
