package cn.egov.approval.fees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.web.ApiException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/fees}: the finance bureau's view: receipt books (领/缴/销), the weekly
 * reconciliation with the bank statement and the monthly summary. Windows and their staff
 * are {@link FeeWindowController}'s.
 */
@RestController
@RequestMapping("/api/fees")
class FinanceController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReceiptBooks books;

	private final WeeklyReconciliations reconciliations;

	private final MonthlySummaries summaries;

	private final FeeAccess access;

	FinanceController(ReceiptBooks books, WeeklyReconciliations reconciliations, MonthlySummaries summaries,
			FeeAccess access) {
		this.books = books;
		this.reconciliations = reconciliations;
		this.summaries = summaries;
		this.access = access;
	}

	@GetMapping("/books")
	@PreAuthorize(FeeRoles.FINANCE)
	List<ReceiptBook> books(@RequestParam(required = false) String window) {
		return this.books.books(window);
	}

	@PostMapping("/books")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(FeeRoles.FINANCE)
	ReceiptBook issue(@RequestBody IssueBook request, @AuthenticationPrincipal PlatformUser user) {
		if (request == null || request.firstNo() == null || request.lastNo() == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.book.range");
		}
		return this.books.issue(request.windowCode(), request.series(), request.firstNo(), request.lastNo(),
				user.getUsername());
	}

	@GetMapping("/books/{id}")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	ReceiptBooks.BookView book(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		this.access.requireBookWindow(user, id);
		return this.books.view(id);
	}

	@PostMapping("/books/{id}/hand-in")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	ReceiptBooks.BookView handIn(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		this.access.requireBookWindow(user, id);
		return this.books.handIn(id, user.getUsername());
	}

	@PostMapping("/books/{id}/write-off")
	@PreAuthorize(FeeRoles.FINANCE)
	ReceiptBooks.BookView writeOff(@PathVariable String id, @AuthenticationPrincipal PlatformUser user) {
		return this.books.writeOff(id, user.getUsername());
	}

	@PostMapping("/reconciliations/{weekStart}/statement")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(FeeRoles.FINANCE)
	WeeklyReconciliations.Imported importStatement(@PathVariable LocalDate weekStart,
			@RequestParam("file") MultipartFile file, @AuthenticationPrincipal PlatformUser user) {
		if (file.getSize() > BankStatementReader.MAX_BYTES) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "error.fees.statement.too-large",
					BankStatementReader.MAX_BYTES / 1024);
		}
		try {
			return this.reconciliations.importStatement(weekStart, file.getOriginalFilename(), file.getBytes(),
					user.getUsername());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/reconciliations/{weekStart}")
	@PreAuthorize(FeeRoles.FINANCE)
	WeeklyReconciliations.Reconciliation reconcile(@PathVariable LocalDate weekStart) {
		return this.reconciliations.reconcile(weekStart);
	}

	@GetMapping("/summaries/{month}")
	@PreAuthorize(FeeRoles.FINANCE)
	MonthlySummaries.Summary summary(@PathVariable YearMonth month) {
		return this.summaries.summary(month);
	}

	@GetMapping("/summaries/{month}/pdf")
	@PreAuthorize(FeeRoles.FINANCE)
	ResponseEntity<byte[]> summaryPdf(@PathVariable YearMonth month) {
		return download(this.summaries.pdf(month), MediaType.APPLICATION_PDF, "fees-" + month + ".pdf");
	}

	@GetMapping("/summaries/{month}/xlsx")
	@PreAuthorize(FeeRoles.FINANCE)
	ResponseEntity<byte[]> summaryExcel(@PathVariable YearMonth month) {
		return download(this.summaries.excel(month), XLSX, "fees-" + month + ".xlsx");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	record IssueBook(String windowCode, String series, Long firstNo, Long lastNo) {
	}

}
