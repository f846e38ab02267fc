package cn.egov.approval.fees;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.egov.approval.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Proves that an e-payment notification comes from the gateway, unaltered and recent. The
 * service account's password alone is not enough: whoever captured a request or learned
 * the password could otherwise mark fees paid.
 *
 * <p>
 * The gateway sends {@value #TIMESTAMP_HEADER} (epoch seconds) and
 * {@value #SIGNATURE_HEADER}: the HMAC-SHA256, under the shared secret, of the timestamp
 * as sent, a line feed and the request body's bytes as sent, in hex. A notification whose
 * timestamp lies further than the tolerance from the platform's clock is refused, so a
 * captured one cannot be replayed later; within the tolerance a replay records nothing
 * new, because payments are idempotent by reference.
 */
@Component
class EPaymentSignature {

	static final String TIMESTAMP_HEADER = "X-Epay-Timestamp";

	static final String SIGNATURE_HEADER = "X-Epay-Signature";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Logger log = LoggerFactory.getLogger(EPaymentSignature.class);

	private final EPaymentProperties properties;

	private final Clock clock;

	EPaymentSignature(EPaymentProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		if (!properties.configured()) {
			log.warn("No e-payment secret (PLATFORM_EPAY_SECRET): the e-payment callback refuses every notification");
		}
	}

	/**
	 * Refuses the notification with 503 when no secret is configured, 401 when its
	 * signature is missing or wrong or its timestamp stale.
	 * @param timestamp the {@value #TIMESTAMP_HEADER} header, or null
	 * @param signature the {@value #SIGNATURE_HEADER} header, or null
	 * @param body the request body as received
	 */
	void verify(String timestamp, String signature, byte[] body) {
		if (!this.properties.configured()) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "error.fees.e-payment.not-configured");
		}
		if (timestamp == null || signature == null
				|| !MessageDigest.isEqual(sign(this.properties.secret(), timestamp, body), decode(signature))) {
			refuse("signature missing or wrong", "error.fees.e-payment.signature");
		}
		// Checked after the signature, which vouches for the timestamp.
		if (!fresh(timestamp)) {
			refuse("timestamp " + timestamp + " outside the tolerance", "error.fees.e-payment.timestamp",
					String.valueOf(this.properties.tolerance().toSeconds()));
		}
	}

	/** The signature of a body sent at a timestamp, under a secret. */
	static byte[] sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			// Every Java platform implements HmacSHA256.
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Hex of either case; anything else decodes to nothing, which matches no signature.
	 */
	private static byte[] decode(String signature) {
		try {
			return HexFormat.of().parseHex(signature.strip());
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private boolean fresh(String timestamp) {
		long sent;
		try {
			sent = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		long now = this.clock.instant().getEpochSecond();
		long tolerance = this.properties.tolerance().toSeconds();
		return sent >= now - tolerance && sent <= now + tolerance;
	}

	private static void refuse(String reason, String messageKey, Object... arguments) {
		log.warn("E-payment notification refused: {}", reason);
		throw new ApiException(HttpStatus.UNAUTHORIZED, messageKey, arguments);
	}

}
