package cn.egov.approval.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailures failed logins for one username within {@code window} after which it
 * is refused (429)
 * @param window how long failures are remembered
 */
@ConfigurationProperties("platform.security.login")
record LoginThrottleProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window) {
}
