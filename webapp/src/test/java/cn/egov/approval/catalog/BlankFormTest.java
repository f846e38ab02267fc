package cn.egov.approval.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Blank forms: checked by content, named safely, public once their item version is. */
@PlatformTest
class BlankFormTest {

	/**
	 * A complete one-page PDF (header, catalog, page, cross-reference table, trailer).
	 */
	static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
			+ "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
			+ "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n" + "xref\n0 4\n"
			+ "0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n"
			+ "trailer <</Size 4 /Root 1 0 R>>\nstartxref\n186\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	String code;

	@BeforeEach
	void publishAnItem() {
		this.code = CatalogFixtures.uniquePrefix("BF-");
		reform().postJson("/api/items", CatalogFixtures.publishable(this.code, "空白表格测试"));
		reform().post("/api/items/" + this.code + "/publish");
	}

	@Test
	void shouldAcceptAPdfAndServeItPubliclyOncePublished() {
		Response uploaded = reform().upload(path(0), "../../etc/申请书.pdf", PDF);

		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
		JsonNode draft = uploaded.json();
		assertThat(draft.get("version").asInt()).as("an upload edits the item: a new draft").isEqualTo(2);
		JsonNode form = draft.at("/materials/0/blankForm");
		assertThat(form.get("fileName").asText()).isEqualTo("申请书.pdf");
		String download = "/api/items/blank-forms/" + form.get("id").asLong();
		assertThat(CatalogHttp.anonymous(this.port).getBytes(download).status()).as("draft only so far").isEqualTo(404);
		assertThat(reform().getBytes(download).status()).isEqualTo(200);

		reform().post("/api/items/" + this.code + "/publish");
		CatalogHttp.Binary file = CatalogHttp.anonymous(this.port).getBytes(download);

		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(PDF);
		assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(file.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"___.pdf\"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E4%B9%A6.pdf");
		assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void shouldRefuseATextFileRenamedPdf() {
		Response refused = reform().upload(path(0), "申请书.pdf", "这不是 PDF".getBytes(StandardCharsets.UTF_8));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("field").asText()).isEqualTo("file");
		assertThat(refused.json().get("message").asText()).contains("申请书.pdf").contains("按文件内容判断");
		assertThat(reform().get("/api/items/" + this.code + "/versions").json()).as("nothing saved").hasSize(1);
	}

	@Test
	void shouldRecogniseAWordDocumentAndRefuseAMisleadingExtension() throws IOException {
		byte[] docx = docx();

		Response accepted = reform().upload(path(0), "样表.docx", docx);
		Response misnamed = reform().upload(path(0), "样表.pdf", docx);

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		long id = accepted.json().at("/materials/0/blankForm/id").asLong();
		assertThat(reform().getBytes("/api/items/blank-forms/" + id).header("Content-Type"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(misnamed.status()).isEqualTo(400);
		assertThat(misnamed.json().get("message").asText()).contains("Word").contains(".pdf");
	}

	@Test
	void shouldKeepTheFormWhenTheItemIsEditedAgain() {
		JsonNode draft = reform().upload(path(0), "申请书.pdf", PDF).json();

		Response edited = reform().putJson("/api/items/" + this.code, draft);

		assertThat(edited.json().at("/materials/0/blankForm/id").asLong())
			.isEqualTo(draft.at("/materials/0/blankForm/id").asLong());
	}

	@Test
	void shouldRefuseAFormOfAnotherItem() {
		long id = reform().upload(path(0), "申请书.pdf", PDF).json().at("/materials/0/blankForm/id").asLong();
		String other = CatalogFixtures.uniquePrefix("BF-");
		var item = CatalogFixtures.publishable(other, "借用表格");
		((com.fasterxml.jackson.databind.node.ObjectNode) item.get("materials").get(0)).putObject("blankForm")
			.put("id", id);

		Response refused = reform().postJson("/api/items", item);

		assertThat(refused.json().get("field").asText()).isEqualTo("materials[0].blankForm");
	}

	@Test
	void shouldRefuseOversizedFilesBadIndexesAndOtherRoles() {
		byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

		assertThat(reform().upload(path(0), "大文件.pdf", big).json().get("message").asText()).contains("10.0 MB");
		assertThat(reform().upload(path(5), "申请书.pdf", PDF).json().get("field").asText()).isEqualTo("materials");
		assertThat(CatalogHttp.as(this.port, "clerk").upload(path(0), "申请书.pdf", PDF).status()).isEqualTo(403);
		assertThat(CatalogHttp.anonymous(this.port).getBytes("/api/items/blank-forms/999999").status()).isEqualTo(404);
	}

	private String path(int index) {
		return "/api/items/" + this.code + "/materials/" + index + "/blank-form";
	}

	private CatalogHttp reform() {
		return CatalogHttp.as(this.port, "reform");
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("申请表");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

}
