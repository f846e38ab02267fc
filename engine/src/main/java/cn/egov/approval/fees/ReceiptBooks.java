package cn.egov.approval.fees;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fiscal receipt books (票据): issued to a window (领), their numbers used strictly in order
 * (用), spoiled numbers voided with a reason, books handed in (缴) and written off (销). A
 * number passed over is recorded as skipped, so no gap in a book goes unseen.
 */
@Service
@Transactional
public class ReceiptBooks {

	private static final Pattern SERIES = Pattern.compile("[A-Z0-9]{2,12}");

	private static final long MAX_BOOK_SIZE = 1_000_000;

	private final FeeMapper mapper;

	private final FeeWindows windows;

	private final FeeAnomalies anomalies;

	private final Clock clock;

	ReceiptBooks(FeeMapper mapper, FeeWindows windows, FeeAnomalies anomalies, Clock clock) {
		this.mapper = mapper;
		this.windows = windows;
		this.anomalies = anomalies;
		this.clock = clock;
	}

	/** 领: a new book for a window. */
	public ReceiptBook issue(String windowCode, String series, long firstNo, long lastNo, String actor) {
		this.windows.find(windowCode);
		if (series == null || !SERIES.matcher(series).matches()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.book.series");
		}
		if (firstNo < 1 || lastNo < firstNo || lastNo - firstNo >= MAX_BOOK_SIZE || lastNo > 99_999_999) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.book.range");
		}
		if (this.mapper.countOverlappingBooks(series, firstNo, lastNo) > 0) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.book.overlap", series);
		}
		ReceiptBook book = new ReceiptBook(UUID.randomUUID().toString(), windowCode, series, firstNo, lastNo, firstNo,
				ReceiptBook.ISSUED, now(), actor, null, null, null, null);
		this.mapper.insertBook(book);
		return book;
	}

	/**
	 * 用: takes the window's next number for a payment. A paper receipt filled in with a
	 * later number than the next one skips the numbers in between, which are recorded.
	 * @param windowCode the window
	 * @param requestedReceiptNo the number printed on the paper receipt, or null for the
	 * next one
	 * @param paymentId the payment it is for
	 * @param actor who takes it
	 * @return the number taken and any numbers skipped
	 */
	Taken take(String windowCode, String requestedReceiptNo, String paymentId, String actor) {
		ReceiptBook book = this.mapper.lockBookInUse(windowCode)
			.orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "error.fees.book.none", windowCode));
		long number = book.nextNo();
		if (requestedReceiptNo != null && !requestedReceiptNo.isBlank()) {
			number = numberIn(book, requestedReceiptNo.strip());
		}
		List<String> skipped = new ArrayList<>();
		for (long gap = book.nextNo(); gap < number; gap++) {
			String receiptNo = ReceiptBook.receiptNo(book.series(), gap);
			this.mapper.insertNumber(new ReceiptNumber(book.id(), gap, receiptNo, ReceiptNumber.SKIPPED, paymentId,
					"跳号：开具 " + ReceiptBook.receiptNo(book.series(), number) + " 时未使用", now(), actor));
			skipped.add(receiptNo);
		}
		String receiptNo = ReceiptBook.receiptNo(book.series(), number);
		this.mapper.insertNumber(
				new ReceiptNumber(book.id(), number, receiptNo, ReceiptNumber.USED, paymentId, null, now(), actor));
		this.mapper.advanceBook(book.id(), number + 1);
		return new Taken(receiptNo, skipped);
	}

	/** A used number is voided with its payment. */
	void voidUsed(String receiptNo, String reason, String actor) {
		this.mapper.voidNumber(receiptNo, reason, now(), actor);
	}

	/** A blank receipt spoiled at the printer: the window's next number is voided. */
	public String voidNext(String windowCode, String reason, String actor) {
		requireReason(reason);
		ReceiptBook book = this.mapper.lockBookInUse(windowCode)
			.orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "error.fees.book.none", windowCode));
		String receiptNo = ReceiptBook.receiptNo(book.series(), book.nextNo());
		this.mapper.insertNumber(new ReceiptNumber(book.id(), book.nextNo(), receiptNo, ReceiptNumber.VOID, null,
				reason.strip(), now(), actor));
		this.mapper.advanceBook(book.id(), book.nextNo() + 1);
		this.anomalies.receiptVoided(this.windows.find(windowCode), receiptNo, reason.strip());
		return receiptNo;
	}

	/** 缴: the window hands the book in; its unused numbers can no longer be taken. */
	public BookView handIn(String bookId, String actor) {
		ReceiptBook book = lock(bookId);
		if (!ReceiptBook.ISSUED.equals(book.status())) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.book.status", book.status());
		}
		this.mapper.handInBook(bookId, now(), actor);
		return view(bookId);
	}

	/** 销: finance writes off a handed-in book. */
	public BookView writeOff(String bookId, String actor) {
		ReceiptBook book = lock(bookId);
		if (!ReceiptBook.HANDED_IN.equals(book.status())) {
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.book.status", book.status());
		}
		this.mapper.writeOffBook(bookId, now(), actor);
		return view(bookId);
	}

	@Transactional(readOnly = true)
	public List<ReceiptBook> books(String windowCode) {
		return this.mapper.findBooks(windowCode);
	}

	/**
	 * A book with every number accounted for: used, voided, skipped, and any number below
	 * the next one with no record at all (missing).
	 */
	@Transactional(readOnly = true)
	public BookView view(String bookId) {
		ReceiptBook book = this.mapper.findBook(bookId)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.book.unknown", bookId));
		List<ReceiptNumber> numbers = this.mapper.findNumbers(bookId);
		Map<Long, ReceiptNumber> byNumber = numbers.stream()
			.collect(Collectors.toMap(ReceiptNumber::numberValue, Function.identity()));
		List<String> missing = new ArrayList<>();
		for (long n = book.firstNo(); n < book.nextNo(); n++) {
			if (!byNumber.containsKey(n)) {
				missing.add(ReceiptBook.receiptNo(book.series(), n));
			}
		}
		List<ReceiptNumber> irregular = numbers.stream().filter((n) -> !ReceiptNumber.USED.equals(n.status())).toList();
		long used = numbers.size() - irregular.size();
		return new BookView(book, used, irregular, missing, book.lastNo() - book.nextNo() + 1);
	}

	private long numberIn(ReceiptBook book, String receiptNo) {
		if (!receiptNo.startsWith(book.series())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.receipt.not-next", receiptNo);
		}
		try {
			long number = Long.parseLong(receiptNo.substring(book.series().length()));
			if (number < book.nextNo() || number > book.lastNo()) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.receipt.not-next", receiptNo);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.receipt.not-next", receiptNo);
		}
	}

	private ReceiptBook lock(String bookId) {
		return this.mapper.lockBook(bookId)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.book.unknown", bookId));
	}

	static void requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.reason");
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
	}

	/**
	 * @param receiptNo the number taken
	 * @param skipped the numbers passed over to reach it
	 */
	record Taken(String receiptNo, List<String> skipped) {
	}

	/**
	 * @param book the book
	 * @param used how many numbers were printed for payments
	 * @param irregular the voided and skipped numbers, with their reasons
	 * @param missing numbers below the next one with no record (should never happen)
	 * @param remaining numbers not yet used
	 */
	public record BookView(ReceiptBook book, long used, List<ReceiptNumber> irregular, List<String> missing,
			long remaining) {
	}

}
