package cn.egov.approval.levy;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Levy settings ({@code platform.levy.*}).
 *
 * @param paymentWorkingDays the payment period the payment notice gives, in working days
 * @param surchargeRatePerDay the late surcharge (滞纳金) per day past the payment period, as
 * a fraction of the principal; the total never exceeds the principal (ACL 45)
 */
@ConfigurationProperties("platform.levy")
public record LevyProperties(@DefaultValue("10") int paymentWorkingDays,
		@DefaultValue("0.0005") BigDecimal surchargeRatePerDay) {
}
