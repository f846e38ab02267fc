package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Reads a bank statement exported as CSV: a header line, then one credit per line with
 * its value date, amount in yuan, the bank's reference and the counterparty. The file is
 * checked by its content, not its name: UTF-8 text, at most {@link #MAX_BYTES} bytes and
 * {@link #MAX_LINES} lines, every line well formed (the first bad line is named).
 */
final class BankStatementReader {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_LINES = 10_000;

	private BankStatementReader() {
	}

	/** A line of the file: its date, amount, reference and counterparty. */
	record Credit(int lineNo, LocalDate valueDate, BigDecimal amount, String reference, String counterparty) {
	}

	static List<Credit> read(byte[] content) {
		if (content == null || content.length == 0) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.statement.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "error.fees.statement.too-large", MAX_BYTES / 1024);
		}
		String text = utf8(content);
		if (text.indexOf('\0') >= 0) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.statement.not-text");
		}
		String[] lines = text.replace("\r", "").split("\n");
		if (lines.length - 1 > MAX_LINES) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.statement.too-many-lines", MAX_LINES);
		}
		String header = lines[0].strip().replace("\uFEFF", "");
		if (!header.startsWith("date,") && !header.startsWith("日期,")) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.statement.header");
		}
		List<Credit> credits = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				credits.add(line(i + 1, lines[i]));
			}
		}
		return credits;
	}

	private static Credit line(int lineNo, String line) {
		String[] cells = line.split(",", -1);
		try {
			if (cells.length < 3 || cells.length > 4) {
				throw new IllegalArgumentException();
			}
			BigDecimal amount = new BigDecimal(cells[1].strip());
			String reference = cells[2].strip();
			String counterparty = (cells.length == 4) ? cells[3].strip() : null;
			if (amount.scale() > 2 || amount.signum() == 0 || reference.isEmpty() || reference.length() > 64
					|| (counterparty != null && counterparty.length() > 200)) {
				throw new IllegalArgumentException();
			}
			return new Credit(lineNo, LocalDate.parse(cells[0].strip()), amount, reference, counterparty);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.statement.line", lineNo);
		}
	}

	private static String utf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.statement.not-text");
		}
	}

}
