package cn.egov.approval.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileContentCheckerTest {

	@Test
	void shouldRecognisePdfByItsHeader() {
		assertThat(FileContentChecker.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
			.contains(FileKind.PDF);
	}

	@Test
	void shouldRecogniseOfficeDocuments() throws IOException {
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("事项");
			workbook.write(xls);
		}
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("事项");
			workbook.write(xlsx);
		}
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph();
			document.write(docx);
		}

		assertThat(FileContentChecker.detect(xls.toByteArray())).contains(FileKind.XLS);
		assertThat(FileContentChecker.detect(xlsx.toByteArray())).contains(FileKind.XLSX);
		assertThat(FileContentChecker.detect(docx.toByteArray())).contains(FileKind.DOCX);
	}

	@Test
	void shouldRefuseTextAPlainZipAndAForgedOle2Header() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("hello".getBytes(StandardCharsets.US_ASCII));
		}
		byte[] forged = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };

		assertThat(FileContentChecker.detect("申请书".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileContentChecker.detect(zip.toByteArray())).isEmpty();
		assertThat(FileContentChecker.detect(forged)).isEmpty();
		assertThat(FileContentChecker.detect(new byte[0])).isEmpty();
	}

}
