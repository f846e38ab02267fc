package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 日结清: at the end of the day a window's receipts issued, money taken and money deposited
 * must agree, payment method by payment method. Settling again replaces the day's earlier
 * settlement; an imbalance is listed line by line and reported to e-supervision (once per
 * window and day).
 */
@Service
@Transactional
public class DailySettlements {

	private final FeeMapper mapper;

	private final FeeWindows windows;

	private final FeeAnomalies anomalies;

	private final Clock clock;

	DailySettlements(FeeMapper mapper, FeeWindows windows, FeeAnomalies anomalies, Clock clock) {
		this.mapper = mapper;
		this.windows = windows;
		this.anomalies = anomalies;
		this.clock = clock;
	}

	/** The day as the ledger sees it, with the deposits of its settlement if any. */
	@Transactional(readOnly = true)
	public Settlement preview(String windowCode, LocalDate day) {
		FeeWindow window = this.windows.find(windowCode);
		List<SettlementLine> stored = this.mapper.findSettlement(windowCode, day);
		Map<PaymentMethod, Deposit> deposits = new EnumMap<>(PaymentMethod.class);
		stored.forEach((line) -> deposits.put(PaymentMethod.valueOf(line.method()),
				new Deposit(Money.yuan(line.depositedFen()), line.depositReference())));
		return settlement(window, day, lines(window, day, deposits, null, null), !stored.isEmpty());
	}

	/**
	 * Settles a window's day with what was deposited.
	 * @param deposits the amount deposited per payment method, with the bank slip's
	 * reference
	 */
	public Settlement settle(String windowCode, LocalDate day, Map<PaymentMethod, Deposit> deposits, String actor) {
		FeeWindow window = this.windows.find(windowCode);
		if (day.isAfter(LocalDate.now(this.clock.withZone(PlatformClock.ZONE)))) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.settlement.future");
		}
		Map<PaymentMethod, Deposit> given = (deposits != null) ? deposits : Map.of();
		given.values().forEach(DailySettlements::check);
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
		List<SettlementLine> lines = lines(window, day, given, now, actor);
		this.mapper.deleteSettlement(windowCode, day);
		lines.forEach(this.mapper::insertSettlement);
		Settlement settlement = settlement(window, day, lines, true);
		if (!settlement.balanced()) {
			this.anomalies.imbalance(window, day, describe(settlement));
		}
		return settlement;
	}

	private List<SettlementLine> lines(FeeWindow window, LocalDate day, Map<PaymentMethod, Deposit> deposits,
			LocalDateTime at, String actor) {
		List<Payment> payments = this.mapper.findPaymentsOfWindowDay(window.code(), day);
		List<SettlementLine> lines = new ArrayList<>();
		for (PaymentMethod method : PaymentMethod.values()) {
			List<Payment> ofMethod = payments.stream().filter((p) -> p.method().equals(method.name())).toList();
			Deposit deposit = deposits.get(method);
			if (ofMethod.isEmpty() && deposit == null) {
				continue;
			}
			long valid = ofMethod.stream().filter(Payment::paid).mapToLong(Payment::amountFen).sum();
			int voided = (int) ofMethod.stream().filter((p) -> !p.paid()).count();
			lines.add(new SettlementLine(window.code(), day, method.name(), ofMethod.size(), voided, valid, valid,
					(deposit != null) ? Money.fen(deposit.amount()) : 0, (deposit != null) ? deposit.reference() : null,
					at, actor));
		}
		return lines;
	}

	private static void check(Deposit deposit) {
		if (deposit == null || deposit.amount() == null || deposit.amount().signum() < 0
				|| deposit.amount().scale() > 2) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.amount");
		}
		if (deposit.reference() != null && deposit.reference().length() > 64) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.reference");
		}
	}

	private static Settlement settlement(FeeWindow window, LocalDate day, List<SettlementLine> lines, boolean settled) {
		List<Line> shown = lines.stream()
			.map((l) -> new Line(l.method(), l.receiptsCount(), l.voidedCount(), Money.yuan(l.receiptsFen()),
					Money.yuan(l.takenFen()), Money.yuan(l.depositedFen()), l.depositReference(),
					Money.yuan(l.depositImbalanceFen()), Money.yuan(l.receiptImbalanceFen())))
			.toList();
		long taken = lines.stream().mapToLong(SettlementLine::takenFen).sum();
		long deposited = lines.stream().mapToLong(SettlementLine::depositedFen).sum();
		return new Settlement(window, day, settled, shown, Money.yuan(taken), Money.yuan(deposited),
				Money.yuan(deposited - taken), lines.stream().allMatch(SettlementLine::balanced));
	}

	private static String describe(Settlement settlement) {
		StringBuilder text = new StringBuilder(settlement.window().name() + " " + settlement.day() + " 日结不平：");
		for (Line line : settlement.lines()) {
			if (line.depositImbalance().signum() != 0 || line.receiptImbalance().signum() != 0) {
				text.append(line.method())
					.append(" 实收 ")
					.append(line.taken())
					.append(" 元，解缴 ")
					.append(line.deposited())
					.append(" 元，差额 ")
					.append(line.depositImbalance())
					.append(" 元；");
			}
		}
		return text.toString();
	}

	/**
	 * @param amount the amount deposited in yuan
	 * @param reference the bank slip or batch reference, as the bank statement will show
	 * it
	 */
	public record Deposit(BigDecimal amount, String reference) {
	}

	/**
	 * One payment method's line: receipts issued (count, voided, valid amount), money
	 * taken, deposit, and the differences.
	 */
	public record Line(String method, int receipts, int voided, BigDecimal receiptsAmount, BigDecimal taken,
			BigDecimal deposited, String depositReference, BigDecimal depositImbalance, BigDecimal receiptImbalance) {
	}

	/**
	 * @param window the window
	 * @param day the business day
	 * @param settled whether it was settled (else a preview)
	 * @param lines per payment method
	 * @param taken money taken in all
	 * @param deposited money deposited in all
	 * @param imbalance deposited minus taken
	 * @param balanced whether every line agrees
	 */
	public record Settlement(FeeWindow window, LocalDate day, boolean settled, List<Line> lines, BigDecimal taken,
			BigDecimal deposited, BigDecimal imbalance, boolean balanced) {
	}

}
