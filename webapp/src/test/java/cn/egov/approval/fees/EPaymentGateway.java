package cn.egov.approval.fees;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;

import org.springframework.context.ApplicationContext;

/**
 * The e-payment gateway as the tests play it: it signs its notifications by the
 * documented contract with a {@link Mac} of its own rather than the platform's code, so a
 * change of the contract on either side fails the tests.
 */
final class EPaymentGateway {

	static final String PATH = "/api/fees/e-payments";

	private final HttpCaller caller;

	private final String secret;

	private final Clock clock;

	/** The gateway calling as the given caller with the platform's configured secret. */
	EPaymentGateway(ApplicationContext context, HttpCaller caller) {
		this.caller = caller;
		this.secret = context.getEnvironment().getRequiredProperty("platform.fees.e-payment.secret");
		this.clock = context.getBean(Clock.class);
	}

	/** Posts a notification signed now, by the platform's (simulated) clock. */
	Response notify(String body) {
		long now = now();
		return send(body, now, sign(this.secret, now, body));
	}

	/** Posts a body with the given timestamp and signature headers as they are. */
	Response send(String body, long timestamp, String signature, String... headers) {
		String[] all = new String[headers.length + 4];
		all[0] = "X-Epay-Timestamp";
		all[1] = String.valueOf(timestamp);
		all[2] = "X-Epay-Signature";
		all[3] = signature;
		System.arraycopy(headers, 0, all, 4, headers.length);
		return this.caller.postJson(PATH, body, all);
	}

	/** The platform's time now, in epoch seconds. */
	long now() {
		return this.clock.instant().getEpochSecond();
	}

	String sign(long timestamp, String body) {
		return sign(this.secret, timestamp, body);
	}

	/** Lowercase hex HMAC-SHA256 of {@code timestamp + "\n" + body}. */
	static String sign(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
