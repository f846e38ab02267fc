package cn.egov.approval.casework;

/**
 * The check characters of the two identity numbers an application carries: a mistyped
 * digit passes a format check but not these, and a wrong number on a licence is costly to
 * put right.
 */
final class IdNumbers {

	/** GB 11643-1999: weights 2^(17-i) mod 11 of the first 17 digits. */
	private static final int[] RESIDENT_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** ISO 7064 MOD 11-2: the check character for each remainder of the weighted sum. */
	private static final String RESIDENT_CHECKS = "10X98765432";

	/** GB 32100-2015: the 31 characters of the code (no I, O, S, V, Z), by value. */
	private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** GB 32100-2015: weights 3^i mod 31 of the first 17 characters. */
	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private IdNumbers() {
	}

	/**
	 * The check character an 18-digit resident ID number should end with.
	 * @param number 17 digits or more (only the first 17 are read)
	 */
	static char residentIdCheck(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
		}
		return RESIDENT_CHECKS.charAt(sum % 11);
	}

	/**
	 * The check character a unified social credit code should end with.
	 * @param code 17 characters of the code's alphabet or more (only the first 17 are
	 * read)
	 */
	static char creditCodeCheck(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
		}
		return CREDIT_CHARACTERS.charAt((31 - sum % 31) % 31);
	}

}
