package cn.egov.approval.phonelogin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.egov.approval.coordination.RateLimiter;
import cn.egov.approval.coordination.ShortLivedCodes;
import cn.egov.approval.web.ApiException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Six-digit sign-in codes, one alive per number, in {@link ShortLivedCodes} so that any
 * node can check a code another node sent. A code is taken when it is used, and burnt
 * after {@code max-attempts} wrong guesses: with one new code a minute at most, a million
 * possible codes cannot be tried out.
 */
@Component
@EnableConfigurationProperties(PhoneLoginProperties.class)
class PhoneCodes {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	private static final int CODE_BOUND = 1_000_000;

	private final ShortLivedCodes codes;

	private final RateLimiter rateLimiter;

	private final PhoneLoginProperties properties;

	private final SecureRandom random = new SecureRandom();

	PhoneCodes(ShortLivedCodes codes, RateLimiter rateLimiter, PhoneLoginProperties properties) {
		this.codes = codes;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
	}

	/**
	 * Counts a request for a code from a client address to a number.
	 * @throws ApiException 429 when the address or the number asked too often
	 */
	void checkRequestAllowed(String phone, String clientAddress) {
		if (this.rateLimiter.recordHit(addressKey(clientAddress), this.properties.addressWindow()) > this.properties
			.maxCodesPerAddress()) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "error.phone-login.address-limit",
					Math.max(1, this.properties.addressWindow().toMinutes()));
		}
		if (this.rateLimiter.recordHit(resendKey(phone), this.properties.resendInterval()) > 1) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "error.phone-login.resend-too-soon",
					this.properties.resendInterval().toSeconds());
		}
	}

	/** A new code for the number, replacing any earlier one and its wrong guesses. */
	String issue(String phone) {
		String code = String.format("%06d", this.random.nextInt(CODE_BOUND));
		this.codes.put(codeKey(phone), code, this.properties.codeLifetime());
		this.rateLimiter.reset(failuresKey(phone));
		return code;
	}

	/**
	 * Uses up the number's code if {@code submitted} is it.
	 * @return whether it was, alive and not used before
	 */
	boolean redeem(String phone, String submitted) {
		Optional<String> current = this.codes.peek(codeKey(phone));
		if (current.isEmpty()) {
			return false;
		}
		if (submitted == null || !SIX_DIGITS.matcher(submitted).matches() || !sameCode(current.get(), submitted)) {
			countWrongGuess(phone);
			return false;
		}
		// Two requests with the right code: take is atomic, only one gets it.
		return this.codes.take(codeKey(phone)).filter(submitted::equals).isPresent();
	}

	private void countWrongGuess(String phone) {
		if (this.rateLimiter.recordHit(failuresKey(phone), this.properties.codeLifetime()) >= this.properties
			.maxAttempts()) {
			this.codes.take(codeKey(phone));
			this.rateLimiter.reset(failuresKey(phone));
		}
	}

	/** Compares in constant time, so that response times tell nothing about the code. */
	private static boolean sameCode(String expected, String submitted) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				submitted.getBytes(StandardCharsets.US_ASCII));
	}

	static String addressKey(String clientAddress) {
		return "phone-code:address:" + clientAddress;
	}

	static String resendKey(String phone) {
		return "phone-code:phone:" + phone;
	}

	private static String codeKey(String phone) {
		return "phone-login:" + phone;
	}

	private static String failuresKey(String phone) {
		return "phone-login-failures:" + phone;
	}

}
