package cn.egov.approval.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit trail.
 *
 * @param pageSize how many entries {@code GET /api/audit/entries} answers per page
 * (default 50, at most 200)
 */
@ConfigurationProperties("platform.audit")
public record AuditProperties(Integer pageSize) {

	public AuditProperties {
		pageSize = (pageSize == null) ? 50 : Math.max(1, Math.min(pageSize, 200));
	}

}
