package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.egov.approval.audit.Sha256;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 周对账: for a week (Monday to Sunday) the ledger's money taken is compared with what the
 * windows settled into the fiscal account, and each settled deposit with the bank
 * statement's credits (by reference and amount). Whatever does not match is listed line
 * by line.
 */
@Service
@Transactional
public class WeeklyReconciliations {

	private final FeeMapper mapper;

	private final Clock clock;

	WeeklyReconciliations(FeeMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Imports the week's bank statement; a later import replaces an earlier one. */
	public Imported importStatement(LocalDate weekStart, String fileName, byte[] content, String actor) {
		requireMonday(weekStart);
		List<BankStatementReader.Credit> credits = BankStatementReader.read(content);
		String id = UUID.randomUUID().toString();
		String name = (fileName != null) ? fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_") : "statement.csv";
		this.mapper.insertStatementImport(id, weekStart, name.substring(0, Math.min(name.length(), 200)),
				Sha256.hex(content), credits.size(),
				LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0), actor);
		for (BankStatementReader.Credit credit : credits) {
			this.mapper.insertBankLine(new BankLine(id, credit.lineNo(), credit.valueDate(), Money.fen(credit.amount()),
					credit.reference(), credit.counterparty()));
		}
		return new Imported(id, credits.size());
	}

	@Transactional(readOnly = true)
	public Reconciliation reconcile(LocalDate weekStart) {
		requireMonday(weekStart);
		LocalDate weekEnd = weekStart.plusDays(6);
		List<Payment> payments = this.mapper.findPaymentsBetween(weekStart, weekEnd);
		List<SettlementLine> settled = this.mapper.findSettlementsBetween(weekStart, weekEnd);
		List<BankLine> bank = new ArrayList<>(this.mapper.findLatestBankLines(weekStart));
		List<Unmatched> unmatched = new ArrayList<>();
		Map<String, Long> taken = new LinkedHashMap<>();
		payments.stream()
			.filter(Payment::paid)
			.forEach((p) -> taken.merge(key(p.windowCode(), p.businessDay(), p.method()), p.amountFen(), Long::sum));
		Map<String, SettlementLine> byKey = new LinkedHashMap<>();
		settled.forEach((s) -> byKey.put(key(s.windowCode(), s.businessDay(), s.method()), s));
		taken.forEach((key, fen) -> {
			SettlementLine line = byKey.get(key);
			if (line == null || line.depositedFen() != fen) {
				unmatched.add(new Unmatched("LEDGER", key, Money.yuan(fen),
						(line == null) ? "未日结" : "解缴 " + Money.yuan(line.depositedFen()) + " 元"));
			}
		});
		for (SettlementLine line : settled) {
			if (line.depositedFen() == 0) {
				continue;
			}
			BankLine match = bank.stream()
				.filter((b) -> b.amountFen() == line.depositedFen() && b.reference().equals(line.depositReference()))
				.findFirst()
				.orElse(null);
			if (match != null) {
				bank.remove(match);
			}
			else {
				unmatched.add(new Unmatched("FISCAL", key(line.windowCode(), line.businessDay(), line.method()),
						Money.yuan(line.depositedFen()), "银行流水无对应入账（" + line.depositReference() + "）"));
			}
		}
		bank.forEach((b) -> unmatched
			.add(new Unmatched("BANK", "第 " + b.lineNo() + " 行 " + b.reference(), Money.yuan(b.amountFen()),
					b.valueDate() + " " + ((b.counterparty() != null) ? b.counterparty() : ""))));
		long ledger = taken.values().stream().mapToLong(Long::longValue).sum();
		long fiscal = settled.stream().mapToLong(SettlementLine::depositedFen).sum();
		long banked = this.mapper.findLatestBankLines(weekStart).stream().mapToLong(BankLine::amountFen).sum();
		return new Reconciliation(weekStart, weekEnd, Money.yuan(ledger), Money.yuan(fiscal), Money.yuan(banked),
				unmatched);
	}

	private static String key(String window, LocalDate day, String method) {
		return window + " " + day + " " + method;
	}

	private static void requireMonday(LocalDate weekStart) {
		if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.week-start");
		}
	}

	/**
	 * @param id the import
	 * @param lines the credits read
	 */
	public record Imported(String id, int lines) {
	}

	/**
	 * A line that does not reconcile.
	 *
	 * @param side LEDGER (money taken not settled as deposited), FISCAL (a deposit the
	 * bank does not show) or BANK (a credit nobody settled)
	 * @param key the window, day and method, or the bank line
	 * @param amount the amount in yuan
	 * @param detail why
	 */
	public record Unmatched(String side, String key, BigDecimal amount, String detail) {
	}

	/**
	 * @param weekStart Monday
	 * @param weekEnd Sunday
	 * @param ledger money taken per the ledger
	 * @param fiscal money settled into the fiscal account
	 * @param bank credits on the bank statement
	 * @param unmatched the lines that do not reconcile
	 */
	public record Reconciliation(LocalDate weekStart, LocalDate weekEnd, BigDecimal ledger, BigDecimal fiscal,
			BigDecimal bank, List<Unmatched> unmatched) {
	}

}
