package cn.egov.approval.fees;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.notices.IssuingAgency;
import cn.egov.approval.notices.NoticeDocument;
import cn.egov.approval.notices.NoticeRenderer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月汇总: a month's fees per department, item and fee, with the totals per payment method
 * and the receipts voided, for the finance bureau as PDF and Excel.
 */
@Service
@Transactional(readOnly = true)
public class MonthlySummaries {

	/** The finance bureau the summary goes to. */
	static final IssuingAgency FINANCE_BUREAU = new IssuingAgency("SFX-CZJ", "示范县财政局", "示财", "示范县人民政府", "示范县人民法院");

	private final FeeMapper mapper;

	private final NoticeRenderer renderer;

	private final Clock clock;

	MonthlySummaries(FeeMapper mapper, NoticeRenderer renderer, Clock clock) {
		this.mapper = mapper;
		this.renderer = renderer;
		this.clock = clock;
	}

	public Summary summary(YearMonth month) {
		List<Payment> payments = this.mapper.findPaymentsBetween(month.atDay(1), month.atEndOfMonth());
		Map<String, long[]> rows = new TreeMap<>();
		Map<PaymentMethod, Long> methods = new EnumMap<>(PaymentMethod.class);
		int voided = 0;
		for (Payment payment : payments) {
			if (!payment.paid()) {
				voided++;
				continue;
			}
			long[] row = rows.computeIfAbsent(
					payment.departmentCode() + "\t" + payment.itemCode() + "\t" + payment.feeName(),
					(k) -> new long[2]);
			row[0]++;
			row[1] += payment.amountFen();
			methods.merge(PaymentMethod.valueOf(payment.method()), payment.amountFen(), Long::sum);
		}
		List<Row> lines = new ArrayList<>();
		rows.forEach((key, value) -> {
			String[] parts = key.split("\t", 3);
			lines.add(new Row(parts[0], parts[1], parts[2], (int) value[0], Money.yuan(value[1])));
		});
		Map<PaymentMethod, BigDecimal> byMethod = new EnumMap<>(PaymentMethod.class);
		methods.forEach((method, fen) -> byMethod.put(method, Money.yuan(fen)));
		long total = methods.values().stream().mapToLong(Long::longValue).sum();
		return new Summary(month.toString(), lines, byMethod, Money.yuan(total), voided);
	}

	public byte[] pdf(YearMonth month) {
		return this.renderer.render(NoticeDocument.of(new MonthlySummaryReport(summary(month)), FINANCE_BUREAU,
				"非税收入月汇总〔" + month + "〕", LocalDate.now(this.clock.withZone(PlatformClock.ZONE))));
	}

	public byte[] excel(YearMonth month) {
		Summary summary = summary(month);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("月汇总 " + summary.month());
			header(sheet.createRow(0), "部门", "事项编码", "收费项目", "笔数", "金额（元）");
			int r = 1;
			for (Row line : summary.rows()) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.departmentCode());
				row.createCell(1).setCellValue(line.itemCode());
				row.createCell(2).setCellValue(line.feeName());
				row.createCell(3).setCellValue(line.count());
				row.createCell(4).setCellValue(line.amount().toPlainString());
			}
			r++;
			for (Map.Entry<PaymentMethod, BigDecimal> method : summary.byMethod().entrySet()) {
				header(sheet.createRow(r++), "缴款方式 " + method.getKey().name(), "", "", "",
						method.getValue().toPlainString());
			}
			header(sheet.createRow(r++), "合计", "", "", "", summary.total().toPlainString());
			header(sheet.createRow(r), "作废票据（张）", "", "", "", Integer.toString(summary.voidedReceipts()));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(org.apache.poi.ss.usermodel.Row row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	/** One department's item and fee in the month. */
	public record Row(String departmentCode, String itemCode, String feeName, int count, BigDecimal amount) {
	}

	/**
	 * @param month yyyy-MM
	 * @param rows per department, item and fee
	 * @param byMethod totals per payment method
	 * @param total money taken
	 * @param voidedReceipts payments voided in the month
	 */
	public record Summary(String month, List<Row> rows, Map<PaymentMethod, BigDecimal> byMethod, BigDecimal total,
			int voidedReceipts) {
	}

}
