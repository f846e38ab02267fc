package cn.egov.approval.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.clock.PlatformClock;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/fees}: the window cashier's view: a case's bill, payments with their
 * receipts, voids, and the end-of-day settlement. The e-payment channel's callback is
 * {@link EPaymentController}.
 */
@RestController
@RequestMapping("/api/fees")
class CashierController {

	private final WindowPayments payments;

	private final FeeLedger ledger;

	private final ReceiptBooks books;

	private final DailySettlements settlements;

	private final FeeWindows windows;

	private final FeeAccess access;

	private final Clock clock;

	CashierController(WindowPayments payments, FeeLedger ledger, ReceiptBooks books, DailySettlements settlements,
			FeeWindows windows, FeeAccess access, Clock clock) {
		this.payments = payments;
		this.ledger = ledger;
		this.books = books;
		this.settlements = settlements;
		this.windows = windows;
		this.access = access;
		this.clock = clock;
	}

	/** The caller's window, its books and today's figures. */
	@GetMapping("/my-window")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	MyWindow myWindow(@AuthenticationPrincipal PlatformUser user) {
		FeeWindow window = this.windows.windowOf(user.getUsername(), user.getDepartmentCode());
		return new MyWindow(window,
				this.books.books(window.code()).stream().map((b) -> this.books.view(b.id())).toList(),
				this.settlements.preview(window.code(), LocalDate.now(this.clock.withZone(PlatformClock.ZONE))));
	}

	@GetMapping("/cases/{caseNo}")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	WindowPayments.CaseAccount account(@PathVariable String caseNo, @AuthenticationPrincipal PlatformUser user) {
		return this.payments.account(caseNo, user);
	}

	@PostMapping("/payments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(FeeRoles.CASHIER)
	FeeLedger.Receipt pay(@RequestBody WindowPayments.PaymentRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		return this.payments.atWindow(request, user);
	}

	@PostMapping("/payments/{id}/void")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	Payment voidPayment(@PathVariable String id, @RequestBody Reason reason,
			@AuthenticationPrincipal PlatformUser user) {
		this.access.requirePaymentWindow(user, id);
		return this.ledger.voidPayment(id, (reason != null) ? reason.reason() : null, user.getUsername());
	}

	/** A blank receipt spoiled at the printer. */
	@PostMapping("/receipts/void-next")
	@PreAuthorize(FeeRoles.CASHIER)
	Map<String, String> voidNext(@RequestBody Reason reason, @AuthenticationPrincipal PlatformUser user) {
		FeeWindow window = this.windows.windowOf(user.getUsername(), user.getDepartmentCode());
		return Map.of("receiptNo",
				this.books.voidNext(window.code(), (reason != null) ? reason.reason() : null, user.getUsername()));
	}

	@GetMapping("/settlements/{windowCode}/{day}")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	DailySettlements.Settlement settlement(@PathVariable String windowCode, @PathVariable LocalDate day,
			@AuthenticationPrincipal PlatformUser user) {
		this.access.requireWindow(user, windowCode);
		return this.settlements.preview(windowCode, day);
	}

	@PostMapping("/settlements/{windowCode}/{day}")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	DailySettlements.Settlement settle(@PathVariable String windowCode, @PathVariable LocalDate day,
			@RequestBody SettleRequest request, @AuthenticationPrincipal PlatformUser user) {
		this.access.requireWindow(user, windowCode);
		return this.settlements.settle(windowCode, day, (request != null) ? request.deposits() : null,
				user.getUsername());
	}

	record Reason(String reason) {
	}

	record SettleRequest(Map<PaymentMethod, DailySettlements.Deposit> deposits) {
	}

	record MyWindow(FeeWindow window, java.util.List<ReceiptBooks.BookView> books, DailySettlements.Settlement today) {
	}

}
