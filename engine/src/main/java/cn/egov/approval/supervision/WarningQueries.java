package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.casework.CaseQueries;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading warnings: the supervisors' list and the warnings beside one case. */
@Service
@Transactional(readOnly = true)
public class WarningQueries {

	static final int MAX_ROWS = 1000;

	private final WarningMapper mapper;

	private final WarningScope scope;

	private final CaseQueries cases;

	WarningQueries(WarningMapper mapper, WarningScope scope, CaseQueries cases) {
		this.mapper = mapper;
		this.scope = scope;
		this.cases = cases;
	}

	/**
	 * The warnings the caller may read, newest first, filtered.
	 * @param from first day raised (inclusive), ISO date
	 * @param to last day raised (inclusive), ISO date
	 */
	public List<Warning> list(PlatformUser user, String department, String level, String status, String from,
			String to) {
		List<String> readable = this.scope.departments(user);
		List<String> departments = readable;
		if (department != null && !department.isBlank()) {
			if (!readable.contains(department)) {
				throw new ApiException(HttpStatus.FORBIDDEN, "error.warning.department", department);
			}
			departments = List.of(department);
		}
		if (departments.isEmpty()) {
			return List.of();
		}
		return this.mapper
			.search(departments, name(level, WarningLevel.values(), "error.warning.level"),
					name(status, WarningStatus.values(), "error.warning.status"), day(from, "from", 0),
					day(to, "to", 1), MAX_ROWS)
			.stream()
			.map(Warnings::view)
			.toList();
	}

	/** The warnings of a case, for whoever may see the case. */
	public List<Warning> ofCase(String caseNo, PlatformUser user) {
		this.cases.requireReadable(caseNo, user);
		return this.mapper.findByCase(caseNo).stream().map(Warnings::view).toList();
	}

	private static String name(String value, Enum<?>[] allowed, String messageKey) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (Arrays.stream(allowed).noneMatch((e) -> e.name().equals(value))) {
			throw new BadRequestException(messageKey, value);
		}
		return value;
	}

	private static LocalDateTime day(String value, String field, int plusDays) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value).plusDays(plusDays).atStartOfDay();
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("error.warning.date", field, value);
		}
	}

}
