package cn.egov.approval.phonelogin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param codeLifetime how long a sent code is valid
 * @param resendInterval the least time between two codes to one number
 * @param maxCodesPerAddress the most codes one client IP address may ask for within
 * {@code addressWindow}, whatever the numbers
 * @param addressWindow see {@code maxCodesPerAddress}
 * @param maxAttempts wrong codes after which the number's current code is burnt
 */
@ConfigurationProperties("platform.phone-login")
record PhoneLoginProperties(@DefaultValue("5m") Duration codeLifetime, @DefaultValue("60s") Duration resendInterval,
		@DefaultValue("10") int maxCodesPerAddress, @DefaultValue("1h") Duration addressWindow,
		@DefaultValue("5") int maxAttempts) {
}
