package cn.egov.approval.phonelogin;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.accounts.ApplicantAccounts;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.notifications.Notification;
import cn.egov.approval.notifications.NotificationKind;
import cn.egov.approval.notifications.Notifier;

import org.springframework.stereotype.Service;

/**
 * Sends sign-in codes and checks them. A number is never said to have, or not to have, an
 * account: every valid number gets a code, and every failed sign-in the same answer.
 */
@Service
class PhoneLoginService {

	private final PhoneCodes codes;

	private final Notifier notifier;

	private final ApplicantAccounts applicants;

	private final PhoneLoginProperties properties;

	PhoneLoginService(PhoneCodes codes, Notifier notifier, ApplicantAccounts applicants,
			PhoneLoginProperties properties) {
		this.codes = codes;
		this.notifier = notifier;
		this.applicants = applicants;
		this.properties = properties;
	}

	/**
	 * Sends a new code to the number.
	 * @param clientAddress the caller's IP address, for the per-address limit
	 * @return how long the code is valid
	 * @throws cn.egov.approval.web.ApiException 400 for a malformed number, 429 when
	 * codes are asked for too often
	 */
	Duration sendCode(String phone, String clientAddress) {
		String mobile = MobileNumbers.require(phone);
		this.codes.checkRequestAllowed(mobile, clientAddress);
		String code = this.codes.issue(mobile);
		Duration lifetime = this.properties.codeLifetime();
		this.notifier.notify(new Notification(NotificationKind.PHONE_CODE.name(), mobile, null,
				Map.of("code", code, "minutes", Long.toString(Math.max(1, lifetime.toMinutes())))));
		return lifetime;
	}

	/**
	 * Uses up the code and finds, or creates, the applicant account of the number.
	 * @return the account to sign in, or empty for a wrong or expired code, a staff
	 * member's number or a disabled account alike
	 * @throws cn.egov.approval.web.ApiException 400 for a malformed number
	 */
	Optional<UserAccount> signIn(String phone, String code) {
		String mobile = MobileNumbers.require(phone);
		if (!this.codes.redeem(mobile, code)) {
			return Optional.empty();
		}
		return this.applicants.forVerifiedPhone(mobile);
	}

}
