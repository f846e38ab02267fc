package cn.egov.approval.security;

import java.util.Locale;

import cn.egov.approval.coordination.RateLimiter;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username across all nodes (through {@link RateLimiter}), from
 * the login form and Basic auth alike, so that passwords cannot be guessed at speed.
 */
@Component
class LoginThrottle {

	private final RateLimiter rateLimiter;

	private final LoginThrottleProperties properties;

	LoginThrottle(RateLimiter rateLimiter, LoginThrottleProperties properties) {
		this.rateLimiter = rateLimiter;
		this.properties = properties;
	}

	boolean isBlocked(String username) {
		return this.rateLimiter.hits(key(username)) >= this.properties.maxFailures();
	}

	long windowMinutes() {
		return Math.max(1, this.properties.window().toMinutes());
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.rateLimiter.recordHit(key(event.getAuthentication().getName()), this.properties.window());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.rateLimiter.reset(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return "login-failures:" + String.valueOf(username).trim().toLowerCase(Locale.ROOT);
	}

}
