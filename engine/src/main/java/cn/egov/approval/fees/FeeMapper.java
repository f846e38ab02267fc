package cn.egov.approval.fees;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FeeMapper {

	/**
	 * Reads the case file's bill: the fees feature owns no cases, it collects for them.
	 */
	Optional<FeeBill> findBill(String caseNo);

	void insertWindow(FeeWindow window, LocalDateTime createdAt, String createdBy);

	Optional<FeeWindow> findWindow(String code);

	List<FeeWindow> findWindows();

	Optional<FeeWindow> findWindowOfStaff(String username);

	Optional<FeeWindow> findWindowOfDepartment(String departmentCode);

	Optional<FeeWindow> findCentralWindow();

	/** Locks the account's row until the transaction ends. */
	String lockStaffAccount(String username);

	void assignStaff(String username, String windowCode);

	void unassignStaff(String username);

	/** Every assignment with the user's display name, by window. */
	List<StaffRow> findAllStaff();

	/** How many books each window has issued and not yet handed in. */
	List<BooksInUse> countBooksInUse();

	void insertBook(ReceiptBook book);

	Optional<ReceiptBook> findBook(String id);

	/** The window's book in use, locked until commit: numbers are taken in order. */
	Optional<ReceiptBook> lockBookInUse(String windowCode);

	Optional<ReceiptBook> lockBook(String id);

	List<ReceiptBook> findBooks(@Param("windowCode") String windowCode);

	int countOverlappingBooks(String series, long firstNo, long lastNo);

	void advanceBook(String id, long nextNo);

	void handInBook(String id, LocalDateTime at, String by);

	void writeOffBook(String id, LocalDateTime at, String by);

	void insertNumber(ReceiptNumber number);

	Optional<ReceiptNumber> findNumber(String receiptNo);

	List<ReceiptNumber> findNumbers(String bookId);

	void voidNumber(String receiptNo, String reason, LocalDateTime at, String by);

	void insertPayment(Payment payment);

	Optional<Payment> findPayment(String id);

	Optional<Payment> findPaymentByReference(String reference);

	Optional<Payment> lockPayment(String id);

	List<Payment> findPaymentsOfCase(String caseNo);

	List<Payment> findPaymentsOfWindowDay(String windowCode, LocalDate businessDay);

	List<Payment> findPaymentsBetween(LocalDate fromDay, LocalDate toDay);

	void voidPayment(String id, LocalDateTime at, String by, String reason);

	void deleteSettlement(String windowCode, LocalDate businessDay);

	void insertSettlement(SettlementLine line);

	List<SettlementLine> findSettlement(String windowCode, LocalDate businessDay);

	List<SettlementLine> findSettlementsBetween(LocalDate fromDay, LocalDate toDay);

	void insertStatementImport(@Param("id") String id, @Param("weekStart") LocalDate weekStart,
			@Param("fileName") String fileName, @Param("sha256") String sha256, @Param("lineCount") int lineCount,
			@Param("importedAt") LocalDateTime importedAt, @Param("importedBy") String importedBy);

	void insertBankLine(BankLine line);

	/** The lines of the week's latest import. */
	List<BankLine> findLatestBankLines(LocalDate weekStart);

	/**
	 * A member of staff assigned to a window; no display name once the account is gone.
	 */
	record StaffRow(String windowCode, String username, String displayName) {
	}

	record BooksInUse(String windowCode, long books) {
	}

}
