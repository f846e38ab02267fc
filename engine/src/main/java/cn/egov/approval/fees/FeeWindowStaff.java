package cn.egov.approval.fees;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes money at which window: the finance bureau (财政局) puts staff at windows and
 * takes them off again. Someone with no window of their own takes fees at their
 * department's window, else at the central one ({@link FeeWindows#windowOf}).
 */
@Service
@Transactional
public class FeeWindowStaff {

	/**
	 * Window staff ({@link FeeRoles#CASHIER}) and the e-payment channel's account, whose
	 * online payments are receipted at its window: nobody else ever takes money.
	 */
	static final Set<Role> FEE_TAKERS = EnumSet.of(Role.CASHIER, Role.CLERK, Role.PAYMENT_GATEWAY);

	private final FeeMapper mapper;

	private final FeeWindows windows;

	private final AccountDirectory accounts;

	FeeWindowStaff(FeeMapper mapper, FeeWindows windows, AccountDirectory accounts) {
		this.mapper = mapper;
		this.windows = windows;
		this.accounts = accounts;
	}

	/**
	 * Puts a member of staff at a window, taking them off any other: the receipts they
	 * issue come from one window's book and count in that window's settlement.
	 * @param windowCode the window
	 * @param username who
	 * @throws ApiException 404 for an unknown window or user, 400 for someone who does
	 * not take fees or whose account is disabled
	 */
	public void assign(String windowCode, String username) {
		this.windows.find(windowCode);
		UserAccount account = this.accounts.findUser(username)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.staff.unknown", username));
		if (FEE_TAKERS.stream().noneMatch(account::hasRole)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.staff.not-fee-taker", username);
		}
		if (!account.enabled()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.staff.disabled", username);
		}
		this.mapper.lockStaffAccount(username);
		this.mapper.unassignStaff(username);
		this.mapper.assignStaff(username, windowCode);
	}

	/**
	 * Takes a member of staff off a window; from then on they take fees at their
	 * department's window or the central one.
	 * @throws ApiException 404 for an unknown window or when they are not at it
	 */
	public void unassign(String windowCode, String username) {
		this.windows.find(windowCode);
		boolean atWindow = this.mapper.findWindowOfStaff(username)
			.map((window) -> window.code().equals(windowCode))
			.orElse(false);
		if (!atWindow) {
			throw new ApiException(HttpStatus.NOT_FOUND, "error.fees.staff.not-assigned", username, windowCode);
		}
		this.mapper.unassignStaff(username);
	}

	/** Every window with the staff at it and how many receipt books it has in use. */
	@Transactional(readOnly = true)
	public List<WindowOverview> overview() {
		Map<String, List<StaffMember>> staff = this.mapper.findAllStaff()
			.stream()
			.collect(Collectors.groupingBy(FeeMapper.StaffRow::windowCode, Collectors
				.mapping((row) -> new StaffMember(row.username(), row.displayName()), Collectors.toList())));
		Map<String, Long> books = this.mapper.countBooksInUse()
			.stream()
			.collect(Collectors.toMap(FeeMapper.BooksInUse::windowCode, FeeMapper.BooksInUse::books));
		return this.windows.all()
			.stream()
			.map((w) -> new WindowOverview(w.code(), w.name(), w.departmentCode(), w.central(),
					staff.getOrDefault(w.code(), List.of()), books.getOrDefault(w.code(), 0L)))
			.toList();
	}

	/**
	 * The enabled accounts that may be put at a window, with the window each is at now,
	 * so that finance picks from a list instead of typing user names.
	 */
	@Transactional(readOnly = true)
	public List<FeeTaker> feeTakers() {
		Map<String, String> windowOf = this.mapper.findAllStaff()
			.stream()
			.collect(Collectors.toMap(FeeMapper.StaffRow::username, FeeMapper.StaffRow::windowCode));
		return this.accounts.findUsersWithAnyRole(FEE_TAKERS)
			.stream()
			.filter(UserAccount::enabled)
			.map((account) -> new FeeTaker(account.username(), account.displayName(), account.departmentCode(),
					windowOf.get(account.username())))
			.toList();
	}

	/**
	 * @param username who
	 * @param displayName their name, or null when the account no longer exists
	 */
	public record StaffMember(String username, String displayName) {
	}

	/**
	 * A window as {@code GET /api/fees/windows} lists it.
	 *
	 * @param staff who is assigned to it (others may take fees there by department or as
	 * the central window)
	 * @param booksInUse its receipt books issued and not handed in
	 */
	public record WindowOverview(String code, String name, String departmentCode, boolean central,
			List<StaffMember> staff, long booksInUse) {
	}

	/**
	 * @param windowCode the window they are assigned to, or null for none
	 */
	public record FeeTaker(String username, String displayName, String departmentCode, String windowCode) {
	}

}
