package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.supervision.AnomalyKind;
import cn.egov.approval.web.ApiException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one ledger every fee of the platform is paid into: licensing fees, levies and
 * (after the penalty feature) fines. Each payment takes the window's next fiscal receipt
 * number in the same transaction, so a payment without a receipt, or a receipt without a
 * payment, cannot be written.
 *
 * <p>
 * Other case types call {@link #collect(Collection)} to record a payment and issue its
 * receipt, {@link #voidPayment} to cancel one, {@link #paymentsOf} to read a case's, and
 * {@link #checkClosed} when a case with a fee due closes.
 */
@Service
@Transactional
public class FeeLedger {

	private final FeeMapper mapper;

	private final ReceiptBooks books;

	private final FeeAnomalies anomalies;

	private final CatalogService catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeeLedger(FeeMapper mapper, ReceiptBooks books, FeeAnomalies anomalies, CatalogService catalog,
			ApplicationEventPublisher events, Clock clock) {
		this.mapper = mapper;
		this.books = books;
		this.anomalies = anomalies;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a payment and issues its fiscal receipt from the window's book. A payment
	 * whose reference the ledger already holds (a callback sent twice) changes nothing
	 * and returns the first receipt.
	 * @param collection what was paid
	 * @return the receipt
	 * @throws ApiException 409 when the window has no receipt book in use or the
	 * reference belongs to another payment
	 */
	public Receipt collect(Collection collection) {
		return collect(collection, true);
	}

	/**
	 * Records the payment of a fine (and its late surcharge) like any fee. A fine is set
	 * by the penalty decision, not published in the item's fee list, so the catalog check
	 * does not apply.
	 * @param collection what was paid
	 * @return the receipt
	 */
	public Receipt collectFine(Collection collection) {
		return collect(collection, false);
	}

	private Receipt collect(Collection collection, boolean catalogFee) {
		if (collection.reference() != null) {
			Optional<Payment> earlier = this.mapper.findPaymentByReference(collection.reference());
			if (earlier.isPresent()) {
				return duplicate(earlier.get(), collection);
			}
		}
		if (collection.amount() == null || collection.amount().signum() <= 0 || collection.amount().scale() > 2) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.amount");
		}
		String paymentId = UUID.randomUUID().toString();
		ReceiptBooks.Taken taken = this.books.take(collection.windowCode(), collection.receiptNo(), paymentId,
				collection.actor());
		LocalDateTime now = now();
		Payment payment = new Payment(paymentId, collection.caseNo(), collection.departmentCode(),
				collection.itemCode(), collection.payerName(), collection.feeName(), Money.fen(collection.due()),
				Money.fen(collection.amount()), collection.method().name(), collection.reference(),
				collection.windowCode(), taken.receiptNo(), Payment.PAID, now.toLocalDate(), now, collection.actor(),
				null, null, null);
		this.mapper.insertPayment(payment);
		check(collection, taken, catalogFee);
		this.events.publishEvent(new FeeCollected(collection.caseNo(), paymentId, taken.receiptNo(),
				Money.yuan(payment.amountFen()), collection.method(), collection.actor()));
		return new Receipt(paymentId, taken.receiptNo(), Money.yuan(payment.amountFen()), collection.windowCode(), now,
				false);
	}

	/**
	 * Cancels a payment (money returned) and voids its receipt, with the reason.
	 * @return the voided payment
	 */
	public Payment voidPayment(String paymentId, String reason, String actor) {
		ReceiptBooks.requireReason(reason);
		Payment payment = this.mapper.lockPayment(paymentId)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.payment.unknown", paymentId));
		if (!payment.paid()) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.payment.voided", payment.receiptNo());
		}
		this.mapper.voidPayment(paymentId, now(), actor, reason.strip());
		this.books.voidUsed(payment.receiptNo(), reason.strip(), actor);
		this.anomalies.onCase(payment.caseNo(), AnomalyKind.RECEIPT_VOIDED,
				"票据 " + payment.receiptNo() + " 作废：" + reason.strip());
		return this.mapper.findPayment(paymentId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Payment> paymentsOf(String caseNo) {
		return this.mapper.findPaymentsOfCase(caseNo);
	}

	@Transactional(readOnly = true)
	public Optional<Payment> payment(String paymentId) {
		return this.mapper.findPayment(paymentId);
	}

	/** The sum of a case's valid payments, in yuan. */
	@Transactional(readOnly = true)
	public BigDecimal paidOn(String caseNo) {
		return Money.yuan(paymentsOf(caseNo).stream().filter(Payment::paid).mapToLong(Payment::amountFen).sum());
	}

	/**
	 * A case closes: if it owed a fee and the ledger holds no valid payment for it, the
	 * fee was taken outside the ledger (体外收费) or not at all.
	 * @param caseNo the case
	 * @param due what it owed, or null
	 */
	public void checkClosed(String caseNo, BigDecimal due) {
		if (due != null && due.signum() > 0 && paidOn(caseNo).signum() == 0) {
			this.anomalies.onCase(caseNo, AnomalyKind.FEE_OUTSIDE_LEDGER,
					"应收 " + due.toPlainString() + " 元，办结时收费台账无缴款记录（体外收费）");
		}
	}

	private void check(Collection collection, ReceiptBooks.Taken taken, boolean catalogFee) {
		if (!taken.skipped().isEmpty()) {
			this.anomalies.skipped(collection.caseNo(), taken.skipped());
		}
		if (catalogFee && !published(collection)) {
			this.anomalies.onCase(collection.caseNo(), AnomalyKind.FEE_NOT_IN_CATALOG,
					"收费项目“" + collection.feeName() + "”不在事项 " + collection.itemCode() + " 公布的收费目录中");
		}
		int compared = collection.amount().compareTo(collection.due());
		if (compared > 0) {
			this.anomalies.onCase(collection.caseNo(), AnomalyKind.FEE_OFF_STANDARD, "实收 "
					+ collection.amount().toPlainString() + " 元，高于核定金额 " + collection.due().toPlainString() + " 元");
		}
		else if (compared < 0 && !collection.reductionApproved()) {
			this.anomalies.onCase(collection.caseNo(), AnomalyKind.WAIVER_WITHOUT_APPROVAL,
					"实收 " + collection.amount().toPlainString() + " 元，少于核定金额 " + collection.due().toPlainString()
							+ " 元，未经审批减免");
		}
	}

	private boolean published(Collection collection) {
		return this.catalog.findPublished(collection.itemCode())
			.map((item) -> item.fees().stream().map(Fee::name).anyMatch(collection.feeName()::equals))
			.orElse(false);
	}

	private Receipt duplicate(Payment earlier, Collection collection) {
		if (!earlier.caseNo().equals(collection.caseNo()) || Money.fen(collection.amount()) != earlier.amountFen()) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.reference.taken", collection.reference());
		}
		return new Receipt(earlier.id(), earlier.receiptNo(), Money.yuan(earlier.amountFen()), earlier.windowCode(),
				earlier.paidAt(), true);
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
	}

	/**
	 * A payment to record.
	 *
	 * @param caseNo the case it pays for
	 * @param departmentCode the department the fee belongs to
	 * @param itemCode the catalog item (its published fees are checked)
	 * @param payerName who paid
	 * @param feeName the fee item, as the catalog names it
	 * @param due the amount billed, in yuan
	 * @param amount the amount paid, in yuan
	 * @param reductionApproved whether a reduction below the bill was approved
	 * @param method how it was paid
	 * @param reference the bank's or channel's reference (unique), or null for cash
	 * @param receiptNo the paper receipt's number if it is not the book's next, else null
	 * @param windowCode the window whose book issues the receipt
	 * @param actor who records it
	 */
	public record Collection(String caseNo, String departmentCode, String itemCode, String payerName, String feeName,
			BigDecimal due, BigDecimal amount, boolean reductionApproved, PaymentMethod method, String reference,
			String receiptNo, String windowCode, String actor) {
	}

	/**
	 * @param paymentId the ledger entry
	 * @param receiptNo the fiscal receipt number
	 * @param amount the amount in yuan
	 * @param windowCode the window that issued it
	 * @param paidAt when
	 * @param duplicate whether the payment was already recorded (same reference)
	 */
	public record Receipt(String paymentId, String receiptNo, BigDecimal amount, String windowCode,
			LocalDateTime paidAt, boolean duplicate) {
	}

}
