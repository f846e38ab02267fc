package cn.egov.approval.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNamesTest {

	@Test
	void shouldKeepOnlyTheLastSegmentWithoutControlCharacters() {
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("C:\\Users\\张三\\申请书.pdf")).isEqualTo("申请书.pdf");
		assertThat(FileNames.sanitise("..\u0000申请\n书\u202E.pdf")).isEqualTo("申请书.pdf");
		assertThat(FileNames.sanitise(null)).isEmpty();
	}

	@Test
	void shouldShortenLongNamesKeepingTheExtension() {
		String name = FileNames.sanitise("表".repeat(300) + ".docx");

		assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".docx");
	}

	@Test
	void shouldOfferTheNameAsRfc5987WithAnAsciiFallback() {
		assertThat(FileNames.contentDisposition("申请 书\".pdf"))
			.isEqualTo("attachment; filename=\"__ __.pdf\"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%20%E4%B9%A6%22.pdf");
	}

	@Test
	void shouldGiveANameTheDetectedExtensionAndRefuseAContradictingOne() {
		assertThat(UploadRules.fileName("申请书", FileKind.PDF)).isEqualTo("申请书.pdf");
		assertThat(UploadRules.fileName("", FileKind.XLSX)).isEqualTo("blank-form.xlsx");
		assertThat(UploadRules.fileName("申请书.PDF", FileKind.PDF)).isEqualTo("申请书.PDF");
		assertThatThrownBy(() -> UploadRules.fileName("申请书.txt", FileKind.PDF))
			.isInstanceOf(CatalogValidationException.class);
	}

}
