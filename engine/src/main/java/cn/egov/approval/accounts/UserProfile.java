package cn.egov.approval.accounts;

import java.util.List;

/** Who a user is, as shown to that user: {@code GET /api/me}. */
public record UserProfile(String username, String displayName, Named department, Named section, RegionRef region,
		List<String> roles) {

	/** A code with its name, e.g. a department. */
	public record Named(String code, String name) {
	}

	/** The region a user works in, with its level (province, city, county). */
	public record RegionRef(String code, String name, String level) {
	}

}
