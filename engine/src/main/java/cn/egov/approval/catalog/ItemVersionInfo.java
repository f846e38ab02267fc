package cn.egov.approval.catalog;

import java.time.OffsetDateTime;

/** One version in an item's history. */
public record ItemVersionInfo(int version, String status, OffsetDateTime publishedAt, String updatedBy,
		OffsetDateTime updatedAt) {
}
