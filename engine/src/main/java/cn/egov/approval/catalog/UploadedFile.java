package cn.egov.approval.catalog;

/**
 * An uploaded file as the catalog sees it, apart from the servlet API.
 *
 * @param originalName the name the browser sent (untrusted)
 * @param content the bytes
 */
public record UploadedFile(String originalName, byte[] content) {
}
