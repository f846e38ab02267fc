package cn.egov.approval.phonelogin;

import java.util.regex.Pattern;

import cn.egov.approval.web.BadRequestException;

/** Mainland China mobile numbers: 11 digits, starting 13 to 19. */
final class MobileNumbers {

	private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

	private MobileNumbers() {
	}

	/**
	 * The number without surrounding blanks.
	 * @throws BadRequestException if it is not a mainland mobile number
	 */
	static String require(String phone) {
		String trimmed = (phone != null) ? phone.strip() : "";
		if (!MOBILE.matcher(trimmed).matches()) {
			throw new BadRequestException("error.phone-login.phone-invalid");
		}
		return trimmed;
	}

}
