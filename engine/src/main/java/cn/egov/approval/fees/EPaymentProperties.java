package cn.egov.approval.fees;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-payment channel's callback ({@code platform.fees.e-payment.*}).
 *
 * @param secret the HMAC-SHA256 key shared with the gateway, as text (its UTF-8 bytes are
 * the key); set only from the environment ({@code PLATFORM_EPAY_SECRET}), never in the
 * repository. Without it the callback refuses every notification.
 * @param tolerance how far a notification's timestamp may lie from the platform's clock,
 * either way: wide enough for clock skew and network delay, narrow enough that a captured
 * notification cannot be replayed for long
 */
@ConfigurationProperties("platform.fees.e-payment")
record EPaymentProperties(String secret, @DefaultValue("5m") Duration tolerance) {

	boolean configured() {
		return this.secret != null && !this.secret.isBlank();
	}

	// The record's own toString would print the secret wherever the properties are
	// logged.
	@Override
	public String toString() {
		return "EPaymentProperties[secret=" + (configured() ? "******" : "(none)") + ", tolerance=" + this.tolerance
				+ "]";
	}

}
