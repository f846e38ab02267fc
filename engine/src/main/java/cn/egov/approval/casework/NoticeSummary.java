package cn.egov.approval.casework;

import java.time.OffsetDateTime;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.notices.StoredNotice;

/** A case's notice in a list, without its PDF. */
public record NoticeSummary(String id, String type, String title, String serialNo, String sha256,
		OffsetDateTime createdAt) {

	static NoticeSummary of(StoredNotice notice) {
		return new NoticeSummary(notice.id(), notice.type(), notice.title(), notice.serialNo(), notice.sha256(),
				notice.createdAt().atZone(PlatformClock.ZONE).toOffsetDateTime());
	}

}
