package cn.egov.approval.catalog;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One problem with one field, kept as a message key and arguments so that it is worded in
 * the caller's language when the answer is written. Argument {0} of every message is the
 * field's label, resolved from {@code error.catalog.field.<path>} with indexes written
 * {@code []} ({@code materials[].name}) and the 1-based positions as arguments ("第 3
 * 项材料的名称").
 *
 * @param field the JSON path of the field, e.g. {@code materials[2].name}
 * @param messageKey the message key
 * @param arguments the arguments after the label
 */
public record FieldProblem(String field, String messageKey, Object[] arguments) {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	public static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, arguments);
	}

	/** The arguments for the message: the field's label first, then the others. */
	public Object[] messageArguments() {
		Object[] all = new Object[this.arguments.length + 1];
		all[0] = label(this.field);
		for (int i = 0; i < this.arguments.length; i++) {
			// MessageFormat would write 1000 as "1,000": codes, ids and counts read
			// better plain.
			Object argument = this.arguments[i];
			all[i + 1] = (argument instanceof Number) ? argument.toString() : argument;
		}
		return all;
	}

	static MessageSourceResolvable label(String field) {
		Matcher index = INDEX.matcher(field);
		Object[] positions = index.results().map((match) -> Integer.parseInt(match.group(1)) + 1).toArray();
		String path = INDEX.matcher(field).replaceAll("[]");
		return new DefaultMessageSourceResolvable(new String[] { "error.catalog.field." + path }, positions, path);
	}

	@Override
	public String toString() {
		return this.field + ": " + this.messageKey + Arrays.toString(this.arguments);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FieldProblem problem && problem.field.equals(this.field)
				&& problem.messageKey.equals(this.messageKey) && Arrays.equals(problem.arguments, this.arguments);
	}

	@Override
	public int hashCode() {
		return this.field.hashCode() * 31 + this.messageKey.hashCode();
	}

}
