package cn.egov.approval.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the auditor archive.
 *
 * @param pageSize notices per page of the search (default 20, at most 100)
 * @param maxUploadSize the largest PDF accepted for verification (default 10 MB; the
 * servlet's multipart limit must be above it)
 */
@ConfigurationProperties("platform.archive")
public record ArchiveProperties(Integer pageSize, DataSize maxUploadSize) {

	public ArchiveProperties {
		pageSize = (pageSize == null) ? 20 : Math.max(1, Math.min(pageSize, 100));
		maxUploadSize = (maxUploadSize != null) ? maxUploadSize : DataSize.ofMegabytes(10);
	}

}
