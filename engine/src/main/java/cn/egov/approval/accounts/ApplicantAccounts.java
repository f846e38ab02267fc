package cn.egov.approval.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant accounts that verified mobile numbers sign in to. The public register
 * themselves by signing in: the first code login of a number creates its account. Camunda
 * sees the new user at once, since its identity provider reads the same table.
 */
@Service
public class ApplicantAccounts {

	private static final Logger log = LoggerFactory.getLogger(ApplicantAccounts.class);

	private static final String USERNAME_PREFIX = "m";

	private static final String DISPLAY_NAME_PREFIX = "申请人";

	private static final int SECRET_BYTES = 32;

	private final AccountMapper accounts;

	private final AccountDirectory directory;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApplicantAccounts(AccountMapper accounts, AccountDirectory directory, PasswordEncoder passwordEncoder,
			Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * The account a mobile number, already verified by a code, signs in to; created when
	 * the number has none.
	 * @param phone an 11-digit mainland mobile number
	 * @return the enabled applicant account, or empty when the number belongs to staff
	 * (who sign in with their password, under the rules of their office) or to a disabled
	 * account
	 */
	@Transactional
	public Optional<UserAccount> forVerifiedPhone(String phone) {
		List<UserAccount> holders = holders(phone);
		return holders.isEmpty() ? create(phone) : accountToSignIn(holders);
	}

	private static Optional<UserAccount> accountToSignIn(List<UserAccount> holders) {
		if (!holders.stream().allMatch(ApplicantAccounts::isApplicantOnly)) {
			return Optional.empty();
		}
		return holders.stream().filter(UserAccount::enabled).findFirst();
	}

	private List<UserAccount> holders(String phone) {
		return this.accounts.findUsernamesByPhone(phone)
			.stream()
			.flatMap((username) -> this.directory.findUser(username).stream())
			.toList();
	}

	private static boolean isApplicantOnly(UserAccount account) {
		return account.roles().equals(List.of(Role.APPLICANT.code()));
	}

	private Optional<UserAccount> create(String phone) {
		String username = USERNAME_PREFIX + phone;
		UserRow user = new UserRow(username, DISPLAY_NAME_PREFIX + phone.substring(phone.length() - 4),
				unguessablePasswordHash(), null, null, null, true, phone);
		try {
			this.accounts.insertUser(user, LocalDateTime.now(this.clock));
			this.accounts.insertRole(username, Role.APPLICANT.code());
		}
		catch (DuplicateKeyException ex) {
			// Either a concurrent first login of the same number created the account, or
			// the username belongs to an account with another number: read again.
			log.info("Applicant account {} exists already", username);
			return accountToSignIn(holders(phone));
		}
		return this.directory.findUser(username);
	}

	/**
	 * A hash of a random secret nobody is told: the account can sign in by code only,
	 * until its holder is given a password.
	 */
	private String unguessablePasswordHash() {
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		return this.passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
	}

}
