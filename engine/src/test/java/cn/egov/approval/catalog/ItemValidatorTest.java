package cn.egov.approval.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

class ItemValidatorTest {

	private final FakeReferences references = new FakeReferences();

	private final ItemValidator validator = new ItemValidator(this.references);

	@Test
	void shouldAcceptACompleteItem() {
		ItemRequest item = complete().build();

		assertThat(this.validator.validateDraft(item)).isEmpty();
		assertThat(this.validator.validateComplete(item)).isEmpty();
	}

	@Test
	void shouldNameBothLimitsWhenThePromiseIsLonger() {
		List<FieldProblem> problems = this.validator
			.validateDraft(complete().promised(new TimeLimit(25, "WORKING_DAYS")).build());

		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("promisedLimit");
			assertThat(problem.messageKey()).isEqualTo("error.catalog.limit.promised-exceeds");
			assertThat(problem.arguments()).containsExactly(days(25, "WORKING_DAYS"), days(20, "WORKING_DAYS"));
		});
	}

	@Test
	void shouldAcceptAnEqualPromise() {
		assertThat(this.validator.validateDraft(complete().promised(new TimeLimit(20, "WORKING_DAYS")).build()))
			.isEmpty();
	}

	@Test
	void shouldCompareCalendarDayPromisesByValueAndRefuseTheOtherMix() {
		ItemRequest calendarPromise = complete().promised(new TimeLimit(20, "CALENDAR_DAYS")).build();
		ItemRequest calendarLaw = complete().statutory(new TimeLimit(60, "CALENDAR_DAYS"))
			.promised(new TimeLimit(10, "WORKING_DAYS"))
			.build();
		ItemRequest tooLong = complete().promised(new TimeLimit(21, "CALENDAR_DAYS")).build();

		assertThat(this.validator.validateDraft(calendarPromise)).isEmpty();
		assertThat(this.validator.validateDraft(calendarLaw)).extracting(FieldProblem::messageKey)
			.containsExactly("error.catalog.limit.units");
		assertThat(this.validator.validateDraft(tooLong)).extracting(FieldProblem::messageKey)
			.containsExactly("error.catalog.limit.promised-exceeds");
	}

	@Test
	void shouldAllowAZeroPromiseOnlyOnTheSpot() {
		Builder zero = complete().promised(new TimeLimit(0, "WORKING_DAYS"));

		assertThat(this.validator.validateDraft(zero.build())).extracting(FieldProblem::field)
			.containsExactly("promisedLimit.value");
		assertThat(this.validator.validateDraft(zero.onTheSpot(true).build())).isEmpty();
	}

	@Test
	void shouldReportEveryBadFieldAtOnce() {
		ItemRequest item = complete().code("x")
			.kind("LICENCE")
			.department("NOWHERE")
			.processKey("ghost")
			.materials(List.of(new Material(" ", "SCAN", 0, true, null, null)))
			.fees(List.of(new Fee("工本费", null, new BigDecimal("-1"), null, null)))
			.build();

		assertThat(this.validator.validateDraft(item)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("code", "kind", "department", "processKey", "materials[0].name",
					"materials[0].form", "materials[0].copies", "fees[0].amount");
	}

	@Test
	void shouldRequireTheElementsOfAPublishedItem() {
		ItemRequest item = complete().elements(new ItemElements("证", "许可", "", null, "窗口", "局", null, "无", "无", "电话"))
			.statutory(null)
			.materials(List.of())
			.build();

		assertThat(this.validator.validateComplete(item)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("elements.legalBasis", "elements.conditions", "elements.procedure",
					"statutoryLimit", "materials");
	}

	@Test
	void shouldNotRequireMaterialsOfLeviesAndPenalties() {
		assertThat(this.validator.validateComplete(complete().kind("PENALTY").materials(List.of()).build())).isEmpty();
		assertThat(this.validator.validateComplete(complete().kind("LEVY").materials(List.of()).build())).isEmpty();
	}

	@Test
	void shouldRefuseUnknownParentsSelfParentsAndCycles() {
		this.references.parents.put("P-001", null);
		this.references.parents.put("C-001", "P-001");

		assertThat(problemsWithParent("A-001", "Z-999")).containsExactly("error.catalog.parent.unknown");
		assertThat(problemsWithParent("A-001", "A-001")).containsExactly("error.catalog.parent.self");
		assertThat(problemsWithParent("P-001", "C-001")).containsExactly("error.catalog.parent.cycle");
		assertThat(problemsWithParent("C-001", "P-001")).isEmpty();
	}

	@Test
	void shouldRefuseUnknownRolesInTheChainAndDuplicateApplicantTypes() {
		ItemRequest item = complete().chain(List.of("clerk", "mayor"))
			.applicantTypes(List.of("PERSON", "PERSON"))
			.build();

		assertThat(this.validator.validateDraft(item)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("processParameters.approvalChain[1]", "applicantTypes[1]");
	}

	@Test
	void shouldRefuseAForeignBlankForm() {
		this.references.forms.put(7L, "OTHER-1");
		ItemRequest item = complete()
			.materials(List.of(new Material("申请书", "ORIGINAL", 1, true, null, new BlankFormRef(7L, "a.pdf"))))
			.build();

		assertThat(this.validator.validateDraft(item)).extracting(FieldProblem::field)
			.containsExactly("materials[0].blankForm");
	}

	@Test
	void shouldLabelListFieldsWithTheirPosition() {
		DefaultMessageSourceResolvable label = (DefaultMessageSourceResolvable) FieldProblem.label("materials[2].name");

		assertThat(label.getCodes()).containsExactly("error.catalog.field.materials[].name");
		assertThat(label.getArguments()).containsExactly(3);
	}

	private List<String> problemsWithParent(String code, String parent) {
		return this.validator.validateDraft(complete().code(code).parent(parent).build())
			.stream()
			.map(FieldProblem::messageKey)
			.toList();
	}

	private static DefaultMessageSourceResolvable days(int value, String unit) {
		return (DefaultMessageSourceResolvable) LimitRules.days(new TimeLimit(value, unit));
	}

	private static Builder complete() {
		return new Builder();
	}

	/** A complete licensing item, changed one field at a time. */
	private static final class Builder {

		private String code = "SFX-T-0001";

		private String kind = "LICENSING";

		private String department = "SFX-SCJGJ";

		private String parent;

		private ItemElements elements = new ItemElements("许可证", "行政许可", "《行政许可法》", "条件", "窗口", "市场监管局", "受理—审查—决定",
				"申请书", "无", "0000-12345678");

		private TimeLimit statutory = new TimeLimit(20, "WORKING_DAYS");

		private TimeLimit promised = new TimeLimit(10, "WORKING_DAYS");

		private boolean onTheSpot;

		private List<String> applicantTypes = List.of("ENTERPRISE");

		private List<Fee> fees = List.of();

		private List<Material> materials = List.of(new Material("申请书", "ORIGINAL", 1, true, "", null));

		private String processKey;

		private List<String> chain = List.of("clerk", "section-head", "deputy-leader", "leader");

		Builder code(String value) {
			this.code = value;
			return this;
		}

		Builder kind(String value) {
			this.kind = value;
			return this;
		}

		Builder department(String value) {
			this.department = value;
			return this;
		}

		Builder parent(String value) {
			this.parent = value;
			return this;
		}

		Builder elements(ItemElements value) {
			this.elements = value;
			return this;
		}

		Builder statutory(TimeLimit value) {
			this.statutory = value;
			return this;
		}

		Builder promised(TimeLimit value) {
			this.promised = value;
			return this;
		}

		Builder onTheSpot(boolean value) {
			this.onTheSpot = value;
			return this;
		}

		Builder applicantTypes(List<String> value) {
			this.applicantTypes = value;
			return this;
		}

		Builder fees(List<Fee> value) {
			this.fees = value;
			return this;
		}

		Builder materials(List<Material> value) {
			this.materials = value;
			return this;
		}

		Builder processKey(String value) {
			this.processKey = value;
			return this;
		}

		Builder chain(List<String> value) {
			this.chain = value;
			return this;
		}

		ItemRequest build() {
			return new ItemRequest(this.code, "测试事项", this.kind, new DepartmentRef(this.department, null), this.parent,
					this.elements, this.statutory, this.promised, this.onTheSpot, false, this.applicantTypes,
					"deputy-leader", "行政审批科", "赵承办", List.of("受理", "决定"), this.fees, this.materials, this.processKey,
					new ProcessParameters(this.chain))
				.normalised();
		}

	}

	/** Departments, items, processes and forms the tests set up. */
	private static final class FakeReferences implements ItemReferences {

		final Map<String, String> parents = new HashMap<>();

		final Map<Long, String> forms = new HashMap<>();

		@Override
		public boolean departmentExists(String departmentCode) {
			return Set.of("SFX-SCJGJ", "SFX-ZJJ").contains(departmentCode);
		}

		@Override
		public boolean itemExists(String code) {
			return this.parents.containsKey(code);
		}

		@Override
		public Optional<String> parentOf(String code) {
			return Optional.ofNullable(this.parents.get(code));
		}

		@Override
		public boolean processDeployed(String processKey) {
			return "licensing-standard".equals(processKey);
		}

		@Override
		public boolean blankFormBelongsTo(long blankFormId, String code) {
			return code.equals(this.forms.get(blankFormId));
		}

	}

}
