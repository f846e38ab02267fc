package cn.egov.approval.supervision.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the board's figures for the departments a viewer watches. */
@Service
@Transactional(readOnly = true)
class BoardSnapshots {

	private final BoardMapper mapper;

	private final OrganisationDirectory organisation;

	private final Clock clock;

	BoardSnapshots(BoardMapper mapper, OrganisationDirectory organisation, Clock clock) {
		this.mapper = mapper;
		this.organisation = organisation;
		this.clock = clock;
	}

	BoardSnapshot of(Set<String> departments) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), PlatformClock.ZONE);
		Map<String, DepartmentLoad> loads = departments.isEmpty() ? Map.of()
				: this.mapper.loads(departments, today.atStartOfDay(), today.plusDays(1).atStartOfDay(), today)
					.stream()
					.collect(Collectors.toMap(DepartmentLoad::department, Function.identity()));
		List<BoardSnapshot.Row> rows = this.organisation.departments()
			.stream()
			.filter((department) -> departments.contains(department.code()))
			.sorted(Comparator.comparing(Department::code))
			.map((department) -> new BoardSnapshot.Row(department.code(), department.name(),
					loads.getOrDefault(department.code(), new DepartmentLoad(department.code(), 0, 0, 0, 0, 0))))
			.toList();
		return new BoardSnapshot(this.clock.instant(), rows, totals(rows));
	}

	private static DepartmentLoad totals(List<BoardSnapshot.Row> rows) {
		return new DepartmentLoad(null, sum(rows, DepartmentLoad::receivedToday), sum(rows, DepartmentLoad::openCases),
				sum(rows, DepartmentLoad::overdue), sum(rows, DepartmentLoad::pastStatutory),
				sum(rows, DepartmentLoad::closedToday));
	}

	private static long sum(List<BoardSnapshot.Row> rows, ToLongFunction<DepartmentLoad> figure) {
		return rows.stream().map(BoardSnapshot.Row::load).mapToLong(figure).sum();
	}

}
