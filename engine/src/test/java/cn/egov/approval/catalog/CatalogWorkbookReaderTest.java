package cn.egov.approval.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.egov.approval.catalog.WorkbookLayout.Column;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogWorkbookReaderTest {

	@Test
	void shouldReadItemsWithTheirMaterialsFeesAndLists() throws IOException {
		byte[] workbook = workbook(
				List.of(Map.of("code", "A-001", "name", "甲", "kind", "LICENSING", "department", "SFX-ZJJ",
						"statutoryLimit.value", 20, "statutoryLimit.unit", "WORKING_DAYS", "onTheSpot", "否",
						"applicantTypes", "PERSON, ENTERPRISE", "steps", "受理\n审查\r\n决定",
						"processParameters.approvalChain", "clerk\nleader")),
				List.of(Map.of("code", "A-001", "name", "申请书", "form", "ORIGINAL", "copies", 2, "required", "否")),
				List.of(Map.of("code", "A-001", "name", "工本费", "amount", 10.5)));

		CatalogWorkbookReader.Parsed parsed = CatalogWorkbookReader.read(workbook);

		assertThat(parsed.problems()).isEmpty();
		ImportedItem item = parsed.items().get(0);
		assertThat(item.row()).isEqualTo(2);
		ItemRequest request = item.request();
		assertThat(request.department().code()).isEqualTo("SFX-ZJJ");
		assertThat(request.statutoryLimit()).isEqualTo(new TimeLimit(20, "WORKING_DAYS"));
		assertThat(request.promisedLimit()).isNull();
		assertThat(request.onTheSpot()).isFalse();
		assertThat(request.applicantTypes()).containsExactly("PERSON", "ENTERPRISE");
		assertThat(request.steps()).containsExactly("受理", "审查", "决定");
		assertThat(request.processParameters().approvalChain()).containsExactly("clerk", "leader");
		assertThat(request.materials()).containsExactly(new Material("申请书", "ORIGINAL", 2, false, null, null));
		assertThat(request.fees().get(0).amount()).isEqualByComparingTo("10.5");
		assertThat(item.materialRows()).containsExactly(2);
	}

	@Test
	void shouldReportEveryProblemOfFormWithSheetAndRow() throws IOException {
		byte[] workbook = workbook(
				List.of(Map.of("code", "A-001", "name", "甲", "promisedLimit.value", "十天"),
						Map.of("code", "A-001", "name", "重复"), Map.of("name", "无编码", "onTheSpot", "也许")),
				List.of(Map.of("code", "B-404", "name", "孤儿材料"), Map.of("code", "A-001", "name", "x", "copies", "2.5")),
				List.of());

		List<ImportProblem> problems = CatalogWorkbookReader.read(workbook).problems();

		assertThat(problems)
			.extracting((p) -> p.sheet() + ":" + p.row() + ":" + p.field() + ":" + p.problem().messageKey())
			.containsExactlyInAnyOrder("事项:2:promisedLimit.value:error.catalog.import.integer",
					"事项:3:code:error.catalog.import.code-duplicate", "事项:4:onTheSpot:error.catalog.import.boolean",
					"事项:4:code:error.catalog.required", "材料:2:code:error.catalog.import.code-unknown",
					"材料:3:copies:error.catalog.import.integer");
	}

	@Test
	void shouldLocateValidatorProblemsInTheRightSheet() {
		ImportedItem item = new ImportedItem(7, null, List.of(3, 4), List.of(9));

		assertThat(item.locate(FieldProblem.of("materials[1].form", "k")))
			.extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::field)
			.containsExactly("材料", 4, "form");
		assertThat(item.locate(FieldProblem.of("fees[0].amount", "k")))
			.extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::field)
			.containsExactly("收费", 9, "amount");
		assertThat(item.locate(FieldProblem.of("promisedLimit", "k")))
			.extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::field)
			.containsExactly("事项", 7, "promisedLimit");
	}

	@Test
	void shouldRefuseBytesThatAreNoWorkbook() {
		assertThatThrownBy(() -> CatalogWorkbookReader.read(new byte[] { 'P', 'K', 3, 4, 0 }))
			.isInstanceOf(CatalogValidationException.class);
	}

	private static byte[] workbook(List<Map<String, Object>> items, List<Map<String, Object>> materials,
			List<Map<String, Object>> fees) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook.createSheet(WorkbookLayout.ITEMS), WorkbookLayout.ITEM_COLUMNS, items);
			sheet(workbook.createSheet(WorkbookLayout.MATERIALS), WorkbookLayout.MATERIAL_COLUMNS, materials);
			sheet(workbook.createSheet(WorkbookLayout.FEES), WorkbookLayout.FEE_COLUMNS, fees);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void sheet(Sheet sheet, List<Column> columns, List<Map<String, Object>> rows) {
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			header.createCell(c).setCellValue(columns.get(c).header());
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < columns.size(); c++) {
				Object value = rows.get(r).get(columns.get(c).field());
				if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
	}

}
