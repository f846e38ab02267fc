package cn.egov.approval.fees;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.egov.approval.web.ApiException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EPaymentSignatureTest {

	private static final String SECRET = "gateway-shared-secret";

	/** 2027-03-17 09:00 in China. */
	private static final long NOW = 1805245200L;

	private static final byte[] BODY = "{\"caseNo\":\"SFX-2027-000001\",\"amount\":\"6000.00\",\"reference\":\"EP-0001\"}"
		.getBytes(StandardCharsets.UTF_8);

	/**
	 * The README's example, from
	 * {@code printf '1805245200\n<body>' | openssl dgst -sha256
	 * -hmac gateway-shared-secret}.
	 */
	private static final String OPENSSL_SIGNATURE = "19f8225b18c10000ecbec62a10a9d13a597b0068fd2a480ce78437cb1a990105";

	private final EPaymentSignature signature = signature(SECRET, Duration.ofMinutes(5));

	@Test
	void shouldSignTimestampLineFeedAndBodyWithHmacSha256() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] expected = mac
			.doFinal(("1805245200\n" + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));

		byte[] signed = EPaymentSignature.sign(SECRET, "1805245200", BODY);

		assertThat(signed).isEqualTo(expected);
		assertThat(HexFormat.of().formatHex(signed)).isEqualTo(OPENSSL_SIGNATURE);
	}

	@Test
	void shouldAcceptAFreshCorrectSignatureInEitherCase() {
		assertThatNoException().isThrownBy(() -> this.signature.verify("1805245200", OPENSSL_SIGNATURE, BODY));
		assertThatNoException()
			.isThrownBy(() -> this.signature.verify("1805245200", OPENSSL_SIGNATURE.toUpperCase(), BODY));
	}

	@Test
	void shouldRefuseAMissingOrWrongSignature() {
		assertRefused(() -> this.signature.verify("1805245200", null, BODY), "error.fees.e-payment.signature");
		assertRefused(() -> this.signature.verify(null, OPENSSL_SIGNATURE, BODY), "error.fees.e-payment.signature");
		assertRefused(() -> this.signature.verify("1805245200", "", BODY), "error.fees.e-payment.signature");
		assertRefused(() -> this.signature.verify("1805245200", "not hex", BODY), "error.fees.e-payment.signature");
		assertRefused(() -> this.signature.verify("1805245200", hex("another-secret", NOW, BODY), BODY),
				"error.fees.e-payment.signature");
	}

	@Test
	void shouldRefuseABodyOrTimestampChangedAfterSigning() {
		byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("6000.00", "6.00")
			.getBytes(StandardCharsets.UTF_8);

		assertRefused(() -> this.signature.verify("1805245200", OPENSSL_SIGNATURE, altered),
				"error.fees.e-payment.signature");
		assertRefused(() -> this.signature.verify("1805245260", OPENSSL_SIGNATURE, BODY),
				"error.fees.e-payment.signature");
	}

	@Test
	void shouldAcceptTimestampsUpToTheToleranceEitherWay() {
		assertThatNoException().isThrownBy(() -> verifySignedAt(NOW - 300));
		assertThatNoException().isThrownBy(() -> verifySignedAt(NOW + 300));
	}

	@Test
	void shouldRefuseTimestampsBeyondTheTolerance() {
		assertRefused(() -> verifySignedAt(NOW - 301), "error.fees.e-payment.timestamp");
		assertRefused(() -> verifySignedAt(NOW + 301), "error.fees.e-payment.timestamp");
	}

	@Test
	void shouldApplyAConfiguredTolerance() {
		EPaymentSignature strict = signature(SECRET, Duration.ofSeconds(30));

		assertThatNoException()
			.isThrownBy(() -> strict.verify(String.valueOf(NOW - 30), hex(SECRET, NOW - 30, BODY), BODY));
		assertRefused(() -> strict.verify(String.valueOf(NOW - 31), hex(SECRET, NOW - 31, BODY), BODY),
				"error.fees.e-payment.timestamp");
	}

	@Test
	void shouldRefuseASignedTimestampThatIsNoNumber() {
		String signed = HexFormat.of().formatHex(EPaymentSignature.sign(SECRET, "yesterday", BODY));

		assertRefused(() -> this.signature.verify("yesterday", signed, BODY), "error.fees.e-payment.timestamp");
	}

	@Test
	void shouldRefuseEveryNotificationWithoutASecret() {
		for (String secret : new String[] { null, "", "  " }) {
			ApiException refused = catchThrowableOfType(ApiException.class,
					() -> signature(secret, Duration.ofMinutes(5)).verify("1805245200", OPENSSL_SIGNATURE, BODY));

			assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(refused.messageKey()).isEqualTo("error.fees.e-payment.not-configured");
		}
	}

	@Test
	void shouldNeverPrintTheSecret() {
		assertThat(new EPaymentProperties(SECRET, Duration.ofMinutes(5)).toString()).doesNotContain(SECRET);
	}

	private void verifySignedAt(long timestamp) {
		this.signature.verify(String.valueOf(timestamp), hex(SECRET, timestamp, BODY), BODY);
	}

	private static String hex(String secret, long timestamp, byte[] body) {
		return HexFormat.of().formatHex(EPaymentSignature.sign(secret, String.valueOf(timestamp), body));
	}

	private static EPaymentSignature signature(String secret, Duration tolerance) {
		return new EPaymentSignature(new EPaymentProperties(secret, tolerance),
				Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
	}

	private static void assertRefused(Runnable verification, String messageKey) {
		ApiException refused = catchThrowableOfType(ApiException.class, verification::run);

		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(refused.messageKey()).isEqualTo(messageKey);
	}

}
