package cn.egov.approval.casework;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Casework settings ({@code platform.casework.*}). The legal limits themselves come from
 * the catalog and the law; these are the platform's own choices.
 *
 * @param storageDir where uploaded materials are kept, one file per SHA-256
 * @param maxUploadBytes the largest material accepted
 * @param correctionWorkingDays how long an applicant has to supplement after a correction
 * notice
 * @param certificateWorkingDays the certificate must be issued within this many working
 * days of the decision (ALL 44)
 * @param extensionWorkingDays the extension one agency may grant (ALL 42¶1)
 * @param jointExtensionWorkingDays the extension of a joint approval (ALL 42¶2)
 * @param paymentWorkingDays the payment period on a payment notice
 * @param treasury the non-tax revenue account fees are paid into
 * @param publicLookupsPerMinute anonymous progress look-ups allowed per client and minute
 */
@ConfigurationProperties("platform.casework")
public record CaseworkProperties(Path storageDir, Integer maxUploadBytes, Integer correctionWorkingDays,
		Integer certificateWorkingDays, Integer extensionWorkingDays, Integer jointExtensionWorkingDays,
		Integer paymentWorkingDays, Treasury treasury, Integer publicLookupsPerMinute) {

	public CaseworkProperties {
		storageDir = (storageDir != null) ? storageDir : Path.of("data", "materials");
		maxUploadBytes = (maxUploadBytes != null) ? maxUploadBytes : 10 * 1024 * 1024;
		correctionWorkingDays = (correctionWorkingDays != null) ? correctionWorkingDays : 15;
		certificateWorkingDays = (certificateWorkingDays != null) ? certificateWorkingDays : 10;
		extensionWorkingDays = (extensionWorkingDays != null) ? extensionWorkingDays : 10;
		jointExtensionWorkingDays = (jointExtensionWorkingDays != null) ? jointExtensionWorkingDays : 15;
		paymentWorkingDays = (paymentWorkingDays != null) ? paymentWorkingDays : 15;
		treasury = (treasury != null) ? treasury : new Treasury(null, null, null);
		publicLookupsPerMinute = (publicLookupsPerMinute != null) ? publicLookupsPerMinute : 20;
	}

	/**
	 * @param payee the account holder
	 * @param bank the bank
	 * @param accountNo the account number
	 */
	public record Treasury(String payee, String bank, String accountNo) {

		public Treasury {
			payee = (payee != null) ? payee : "示范县财政局非税收入专户";
			bank = (bank != null) ? bank : "示范县农村商业银行营业部";
			accountNo = (accountNo != null) ? accountNo : "6200 0000 0000 0000 000";
		}

	}

}
