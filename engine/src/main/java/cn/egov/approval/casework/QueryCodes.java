package cn.egov.approval.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Query codes for anonymous progress look-ups: eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), about 40 bits, printed on the acceptance notice.
 * Complaints hand out the same kind of code at filing.
 */
public final class QueryCodes {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private QueryCodes() {
	}

	public static String generate() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** Compares in constant time, ignoring case and surrounding blanks. */
	public static boolean matches(String expected, String given) {
		if (given == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

}
