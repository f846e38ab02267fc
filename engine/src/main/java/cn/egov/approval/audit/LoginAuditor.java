package cn.egov.approval.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs sign-ins and sign-outs from Spring Security's events: the form login's success, a
 * failed password (form or Basic) under the username tried, with the caller's address.
 * Scripts' Basic credentials succeed on every request and are not logged as logins: their
 * changes are logged call by call. Phone-code sign-ins are API calls and logged as such.
 */
@Component
class LoginAuditor {

	static final String LOGIN = "LOGIN";

	static final String LOGOUT = "LOGOUT";

	private final AuditTrail trail;

	LoginAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void succeeded(InteractiveAuthenticationSuccessEvent event) {
		this.trail.record(AuditEntry.of(event.getAuthentication().getName(), LOGIN, null, null, true,
				address(event.getAuthentication().getDetails())));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String detail = event.getException().getClass().getSimpleName();
		String address = address(event.getAuthentication().getDetails());
		this.trail.record(AuditEntry.of(event.getAuthentication().getName(), LOGIN, null, null, false,
				(address != null) ? detail + " " + address : detail));
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		this.trail.record(AuditEntry.of(event.getAuthentication().getName(), LOGOUT, null, null, true, null));
	}

	private static String address(Object details) {
		return (details instanceof WebAuthenticationDetails web) ? "from " + web.getRemoteAddress() : null;
	}

}
