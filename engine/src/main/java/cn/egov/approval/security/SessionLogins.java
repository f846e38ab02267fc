package cn.egov.approval.security;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.stereotype.Component;

/**
 * Signs a user in for the rest of the browser session from a controller, for logins that
 * are not the password form (a phone code), with the same effects as the form: a new
 * session id (no session fixation), a new CSRF token, and the security context saved
 * where the filter chain reads it on the next request.
 */
@Component
public class SessionLogins {

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contextRepository;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	SessionLogins(CsrfTokenRepository csrfTokenRepository, CsrfTokenRequestHandler csrfTokenRequestHandler,
			SecurityContextRepository contextRepository) {
		// What form login composes: Spring's default session fixation protection, then
		// the CSRF configurer's token rotation.
		CsrfAuthenticationStrategy csrfRotation = new CsrfAuthenticationStrategy(csrfTokenRepository);
		csrfRotation.setRequestHandler(csrfTokenRequestHandler);
		this.sessionStrategy = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), csrfRotation));
		this.contextRepository = contextRepository;
	}

	/**
	 * Makes {@code user} the authenticated user of this request and of the session it
	 * belongs to (created if need be).
	 * @param user an account the caller has verified; its password hash is dropped
	 */
	public void logIn(PlatformUser user, HttpServletRequest request, HttpServletResponse response) {
		user.eraseCredentials();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		this.contextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
