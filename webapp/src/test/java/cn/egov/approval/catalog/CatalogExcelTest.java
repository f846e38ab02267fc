package cn.egov.approval.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog goes out to Excel and comes back; a workbook with one bad row changes
 * nothing.
 */
@PlatformTest
class CatalogExcelTest {

	@LocalServerPort
	int port;

	String code;

	@BeforeEach
	void publishAnItem() {
		this.code = CatalogFixtures.uniquePrefix("XL-");
		ObjectNode item = CatalogFixtures.publishable(this.code, "导出导入测试事项");
		item.putArray("applicantTypes").add("PERSON").add("ENTERPRISE");
		item.withArray("materials")
			.addObject()
			.put("name", "营业执照")
			.put("form", "COPY")
			.put("copies", 2)
			.put("required", false)
			.put("note", "已办理的提供");
		item.withArray("fees")
			.addObject()
			.put("name", "工本费")
			.put("standard", "每证 10 元")
			.put("amount", 10)
			.put("legalBasis", "示范省物价局文件");
		CatalogHttp reform = reform();
		assertThat(reform.postJson("/api/items", item).status()).isEqualTo(201);
		assertThat(reform.post("/api/items/" + this.code + "/publish").status()).isEqualTo(200);
	}

	@Test
	void shouldRoundTripTheCatalogThroughExcel() throws IOException {
		CatalogHttp.Binary export = reform().getBytes("/api/items/export");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument");
		assertThat(export.header("Content-Disposition")).contains("filename*=UTF-8''").contains(".xlsx");
		int itemRows;
		try (Workbook workbook = open(export.body())) {
			Sheet items = workbook.getSheet("事项");
			itemRows = items.getLastRowNum();
			Row row = rowOf(items, this.code);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("导出导入测试事项");
			assertThat(workbook.getSheet("材料").getLastRowNum()).isGreaterThanOrEqualTo(2);
			assertThat(rowOf(workbook.getSheet("收费"), this.code).getCell(3).getNumericCellValue()).isEqualTo(10.0);
		}

		Response imported = reform().upload("/api/items/import", "事项库.xlsx", export.body());

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("imported").asInt()).isEqualTo(itemRows);
		JsonNode published = reform().get("/api/items/" + this.code).json();
		JsonNode draft = reform().get("/api/items/" + this.code + "?draft=true").json();
		assertThat(draft.get("version").asInt()).isEqualTo(2);
		assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
		for (String field : new String[] { "name", "kind", "department", "parentCode", "elements", "statutoryLimit",
				"promisedLimit", "onTheSpot", "parallelApproval", "applicantTypes", "approvingLeaderRole",
				"reviewingSection", "handlers", "steps", "fees", "materials", "processKey", "processParameters" }) {
			assertThat(draft.get(field)).as(field).isEqualTo(published.get(field));
		}
	}

	@Test
	void shouldImportNothingWhenOneRowIsBad() throws IOException {
		byte[] exported = reform().getBytes("/api/items/export").body();
		String newCode = CatalogFixtures.uniquePrefix("XL-");
		byte[] edited;
		int badItemRow;
		int badMaterialRow;
		try (Workbook workbook = open(exported)) {
			Sheet items = workbook.getSheet("事项");
			Row copy = items.createRow(items.getLastRowNum() + 1);
			Row source = rowOf(items, this.code);
			for (int c = 0; c < source.getLastCellNum(); c++) {
				var cell = source.getCell(c);
				if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					copy.createCell(c).setCellValue(cell.getNumericCellValue());
				}
				else if (cell != null) {
					copy.createCell(c).setCellValue(cell.getStringCellValue());
				}
			}
			copy.getCell(0).setCellValue(newCode);
			copy.getCell(column(items, "承诺时限")).setCellValue(30);
			badItemRow = copy.getRowNum() + 1;
			Row material = rowOf(workbook.getSheet("材料"), this.code);
			material.getCell(column(workbook.getSheet("材料"), "份数")).setCellValue("两份");
			badMaterialRow = material.getRowNum() + 1;
			edited = write(workbook);
		}

		Response refused = reform().upload("/api/items/import", "事项库.xlsx", edited);

		assertThat(refused.status()).isEqualTo(400);
		JsonNode body = refused.json();
		assertThat(body.get("error").asText()).isEqualTo("import_invalid");
		assertThat(body.get("message").asText()).contains("未导入任何事项");
		assertThat(body.get("rows")).anySatisfy((row) -> {
			assertThat(row.get("sheet").asText()).isEqualTo("事项");
			assertThat(row.get("row").asInt()).isEqualTo(badItemRow);
			assertThat(row.get("field").asText()).isEqualTo("promisedLimit");
			assertThat(row.get("message").asText()).contains("30 个工作日").contains("20 个工作日");
		});
		assertThat(body.get("rows")).anySatisfy((row) -> {
			assertThat(row.get("sheet").asText()).isEqualTo("材料");
			assertThat(row.get("row").asInt()).isEqualTo(badMaterialRow);
			assertThat(row.get("field").asText()).isEqualTo("copies");
			assertThat(row.get("message").asText()).contains("两份");
		});
		assertThat(reform().get("/api/items/" + newCode).status()).isEqualTo(404);
		assertThat(reform().get("/api/items/" + this.code + "/versions").json()).as("no draft was added").hasSize(1);
	}

	@Test
	void shouldRefuseAFileThatIsNoWorkbook() {
		Response refused = reform().upload("/api/items/import", "事项库.xlsx", "编码,名称\n".getBytes());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("field").asText()).isEqualTo("file");
		assertThat(CatalogHttp.as(this.port, "clerk").upload("/api/items/import", "x.xlsx", new byte[] { 1 }).status())
			.isEqualTo(403);
	}

	@Test
	void shouldReportAMissingColumn() throws IOException {
		byte[] workbook;
		try (Workbook book = new XSSFWorkbook()) {
			book.createSheet("事项").createRow(0).createCell(0).setCellValue("事项编码");
			workbook = write(book);
		}

		JsonNode body = reform().upload("/api/items/import", "少列.xlsx", workbook).json();

		assertThat(body.get("error").asText()).isEqualTo("import_invalid");
		assertThat(body.get("rows")).anySatisfy((row) -> {
			assertThat(row.get("row").asInt()).isEqualTo(1);
			assertThat(row.get("message").asText()).isEqualTo("缺少列“事项名称”");
		});
	}

	private CatalogHttp reform() {
		return CatalogHttp.as(this.port, "reform");
	}

	private static Workbook open(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	private static byte[] write(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static Row rowOf(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && code.equals(row.getCell(0).toString())) {
				return row;
			}
		}
		throw new AssertionError(code + " not in sheet " + sheet.getSheetName());
	}

	private static int column(Sheet sheet, String header) {
		for (var cell : sheet.getRow(0)) {
			if (header.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header);
	}

}
