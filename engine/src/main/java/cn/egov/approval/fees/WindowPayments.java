package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments for a case's bill, taken at the caller's window or reported by the e-payment
 * channel: the bill comes from the case file, the receipt from the window's book.
 */
@Service
@Transactional
public class WindowPayments {

	private final FeeMapper mapper;

	private final FeeLedger ledger;

	private final FeeWindows windows;

	private final CatalogService catalog;

	private final List<FeeDues> dues;

	private final Clock clock;

	WindowPayments(FeeMapper mapper, FeeLedger ledger, FeeWindows windows, CatalogService catalog, List<FeeDues> dues,
			Clock clock) {
		this.mapper = mapper;
		this.ledger = ledger;
		this.windows = windows;
		this.catalog = catalog;
		this.dues = dues;
		this.clock = clock;
	}

	/** A case's bill and its payments, for the cashier. */
	@Transactional(readOnly = true)
	public CaseAccount account(String caseNo, PlatformUser user) {
		FeeBill bill = bill(caseNo);
		requireServes(user, bill);
		return new CaseAccount(bill, due(bill), this.ledger.paidOn(caseNo), this.ledger.paymentsOf(caseNo));
	}

	/** Money taken at the caller's window. */
	public FeeLedger.Receipt atWindow(PaymentRequest request, PlatformUser user) {
		if (request == null || request.method() == null || request.method() == PaymentMethod.E_PAYMENT) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.method");
		}
		if (request.method() != PaymentMethod.CASH && blank(request.reference())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.reference");
		}
		FeeWindow window = this.windows.windowOf(user.getUsername(), user.getDepartmentCode());
		requireServes(user, bill(request.caseNo()));
		return collect(request, window.code(), user.getUsername());
	}

	/**
	 * The central cashiers and finance serve every department; a department's clerk only
	 * its own cases.
	 */
	private static void requireServes(PlatformUser user, FeeBill bill) {
		boolean everyDepartment = user.hasRole(Role.CASHIER) || FeeAccess.isFinance(user);
		if (!everyDepartment && !bill.departmentCode().equals(user.getDepartmentCode())) {
			throw new ApiException(HttpStatus.NOT_FOUND, "error.fees.case-unknown", bill.caseNo());
		}
	}

	/**
	 * The e-payment channel reports a payment; the same reference twice records it once.
	 */
	public FeeLedger.Receipt online(PaymentRequest request, String gateway) {
		if (request == null || blank(request.reference())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.reference");
		}
		FeeWindow central = this.windows.windowOf(gateway, null);
		PaymentRequest online = new PaymentRequest(request.caseNo(), request.amount(), PaymentMethod.E_PAYMENT,
				request.reference(), null, null);
		return collect(online, central.code(), gateway);
	}

	private FeeLedger.Receipt collect(PaymentRequest request, String windowCode, String actor) {
		if (request.reference() != null && request.reference().length() > 64) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.reference");
		}
		FeeBill bill = bill(request.caseNo());
		boolean repeated = request.reference() != null
				&& this.mapper.findPaymentByReference(request.reference()).isPresent();
		if (!repeated) {
			requireOpen(bill);
		}
		String feeName = (request.feeName() != null && !request.feeName().isBlank()) ? request.feeName().strip()
				: feeName(bill);
		return this.ledger.collect(new FeeLedger.Collection(bill.caseNo(), bill.departmentCode(), bill.itemCode(),
				bill.payerName(), feeName, due(bill), request.amount(), false, request.method(),
				blank(request.reference()) ? null : request.reference().strip(), request.receiptNo(), windowCode,
				actor));
	}

	private void requireOpen(FeeBill bill) {
		if (bill.amount() == null || bill.amount().signum() <= 0) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.nothing-due", bill.caseNo());
		}
		if ("CLOSED".equals(bill.status())) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.case-closed", bill.caseNo());
		}
		if (this.ledger.paidOn(bill.caseNo()).signum() > 0) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.already-paid", bill.caseNo());
		}
	}

	/** The bill, or more when the case type adds to it (a levy's late surcharge). */
	private BigDecimal due(FeeBill bill) {
		LocalDate today = LocalDate.now(this.clock.withZone(PlatformClock.ZONE));
		return this.dues.stream()
			.map((d) -> d.due(bill.caseNo(), today))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(bill.amount());
	}

	private String feeName(FeeBill bill) {
		return this.catalog.findVersion(bill.itemCode(), bill.itemVersion())
			.flatMap((item) -> item.fees().stream().map(Fee::name).findFirst())
			.orElse(bill.itemName());
	}

	private FeeBill bill(String caseNo) {
		if (caseNo == null || caseNo.isBlank()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.case-no");
		}
		return this.mapper.findBill(caseNo.strip())
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.case-unknown", caseNo));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * @param caseNo the case
	 * @param amount the amount paid in yuan
	 * @param method how
	 * @param reference the bank's or channel's reference (required except for cash)
	 * @param receiptNo the paper receipt's number if not the book's next (skips the
	 * numbers between), else null
	 * @param feeName the fee item, if not the item's published one
	 */
	public record PaymentRequest(String caseNo, BigDecimal amount, PaymentMethod method, String reference,
			String receiptNo, String feeName) {
	}

	/**
	 * @param bill what the case was billed
	 * @param due what it owes today (with any late surcharge)
	 * @param paid the sum of its valid payments
	 * @param payments its payments, voided ones included
	 */
	public record CaseAccount(FeeBill bill, BigDecimal due, BigDecimal paid, List<Payment> payments) {
	}

}
