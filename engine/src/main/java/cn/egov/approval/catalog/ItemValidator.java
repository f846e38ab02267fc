package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.egov.approval.accounts.Role;

import org.springframework.stereotype.Component;

/**
 * The catalog's rules, checked all at once so that the editor can mark every bad field in
 * one answer. Not Bean Validation: most rules compare fields with each other (promised
 * against statutory limit) or with the world (department, parent item, deployed process),
 * and their messages must name the values.
 */
@Component
class ItemValidator {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{3,40}");

	static final int NAME_MAX = 200;

	/** Codes that would read as the API's own paths under {@code /api/items/}. */
	static final java.util.Set<String> RESERVED = java.util.Set.of("export", "import", "blank-forms");

	private final ItemReferences references;

	private final LimitRules limits = new LimitRules();

	private final ListRules lists = new ListRules();

	ItemValidator(ItemReferences references) {
		this.references = references;
	}

	/**
	 * The rules every saved version obeys, drafts included: formats, enumerations, limits
	 * and references. Incomplete content is fine here.
	 */
	List<FieldProblem> validateDraft(ItemRequest item) {
		List<FieldProblem> problems = new ArrayList<>();
		checkIdentity(item, problems);
		problems.addAll(this.limits.check(item));
		problems.addAll(this.lists.check(item));
		checkRoles(item, problems);
		checkReferences(item, problems);
		return problems;
	}

	/**
	 * The elements a published item must have (domain.md §5): checked on publish, and on
	 * every edit of an item that is published, so that it can never lose them.
	 */
	List<FieldProblem> validateComplete(ItemRequest item) {
		List<FieldProblem> problems = new ArrayList<>();
		ItemElements elements = item.elements();
		requireElement("elements.legalBasis", elements.legalBasis(), problems);
		requireElement("elements.conditions", elements.conditions(), problems);
		requireElement("elements.acceptingBody", elements.acceptingBody(), problems);
		requireElement("elements.decidingBody", elements.decidingBody(), problems);
		requireElement("elements.procedure", elements.procedure(), problems);
		requireLimit("statutoryLimit", item.statutoryLimit(), problems);
		requireLimit("promisedLimit", item.promisedLimit(), problems);
		ItemKind kind = Enums.parse(ItemKind.class, item.kind());
		if (item.materials().isEmpty() && (kind == null || kind.needsMaterials())) {
			problems.add(FieldProblem.of("materials", "error.catalog.materials.none"));
		}
		return problems;
	}

	private void checkIdentity(ItemRequest item, List<FieldProblem> problems) {
		if (isBlank(item.code())) {
			problems.add(FieldProblem.of("code", "error.catalog.required"));
		}
		else if (!CODE.matcher(item.code()).matches()) {
			problems.add(FieldProblem.of("code", "error.catalog.code.pattern", item.code()));
		}
		else if (RESERVED.contains(item.code().toLowerCase(java.util.Locale.ROOT))) {
			problems.add(FieldProblem.of("code", "error.catalog.code.reserved", item.code()));
		}
		if (isBlank(item.name())) {
			problems.add(FieldProblem.of("name", "error.catalog.required"));
		}
		else {
			Texts.checkLength("name", item.name(), NAME_MAX, problems);
		}
		Enums.check("kind", ItemKind.class, item.kind(), true, problems);
		String department = item.departmentCode();
		if (isBlank(department)) {
			problems.add(FieldProblem.of("department", "error.catalog.required"));
		}
		else if (!this.references.departmentExists(department)) {
			problems.add(FieldProblem.of("department", "error.catalog.department.unknown", department));
		}
		Texts.checkElements(item.elements(), problems);
		Texts.checkLength("reviewingSection", item.reviewingSection(), 100, problems);
		Texts.checkLength("handlers", item.handlers(), 500, problems);
	}

	private void checkRoles(ItemRequest item, List<FieldProblem> problems) {
		if (item.approvingLeaderRole() != null && Role.fromCode(item.approvingLeaderRole()).isEmpty()) {
			problems.add(FieldProblem.of("approvingLeaderRole", "error.catalog.role.unknown",
					item.approvingLeaderRole(), roleCodes()));
		}
		List<String> chain = item.processParameters().approvalChain();
		for (int i = 0; i < chain.size(); i++) {
			String role = chain.get(i);
			if (role == null || Role.fromCode(role).isEmpty()) {
				problems.add(FieldProblem.of("processParameters.approvalChain[" + i + "]", "error.catalog.role.unknown",
						String.valueOf(role), roleCodes()));
			}
		}
		List<ProcessParameters.JointDepartment> joint = item.processParameters().jointDepartments();
		for (int i = 0; i < joint.size(); i++) {
			ProcessParameters.JointDepartment department = joint.get(i);
			String field = "processParameters.jointDepartments[" + i + "]";
			if (department == null || department.code() == null
					|| !this.references.departmentExists(department.code())) {
				problems.add(FieldProblem.of(field, "error.catalog.department.unknown",
						(department != null) ? String.valueOf(department.code()) : "null"));
			}
			else if (department.subLimitDays() < 1
					|| (item.statutoryLimit() != null && item.statutoryLimit().value() != null
							&& department.subLimitDays() > item.statutoryLimit().value())) {
				problems.add(FieldProblem.of(field, "error.catalog.joint.sub-limit", department.subLimitDays()));
			}
		}
	}

	private void checkReferences(ItemRequest item, List<FieldProblem> problems) {
		checkParent(item, problems);
		String processKey = item.processKey();
		if (processKey != null && (processKey.length() > 255 || !this.references.processDeployed(processKey))) {
			problems.add(FieldProblem.of("processKey", "error.catalog.process.not-deployed", processKey));
		}
		List<Material> materials = item.materials();
		for (int i = 0; i < materials.size(); i++) {
			BlankFormRef form = (materials.get(i) != null) ? materials.get(i).blankForm() : null;
			if (form != null && form.id() != null && item.code() != null
					&& !this.references.blankFormBelongsTo(form.id(), item.code())) {
				problems.add(FieldProblem.of("materials[" + i + "].blankForm", "error.catalog.blank-form.foreign",
						form.id()));
			}
		}
	}

	private void checkParent(ItemRequest item, List<FieldProblem> problems) {
		String parent = item.parentCode();
		if (parent == null) {
			return;
		}
		if (parent.equals(item.code())) {
			problems.add(FieldProblem.of("parentCode", "error.catalog.parent.self"));
		}
		else if (!this.references.itemExists(parent)) {
			problems.add(FieldProblem.of("parentCode", "error.catalog.parent.unknown", parent));
		}
		else if (isDescendant(parent, item.code())) {
			problems.add(FieldProblem.of("parentCode", "error.catalog.parent.cycle", parent));
		}
	}

	/** Whether {@code candidate} lies below {@code code} (walks up, guarding loops). */
	private boolean isDescendant(String candidate, String code) {
		Set<String> seen = new HashSet<>();
		String current = this.references.parentOf(candidate).orElse(null);
		while (current != null && seen.add(current)) {
			if (current.equals(code)) {
				return true;
			}
			current = this.references.parentOf(current).orElse(null);
		}
		return false;
	}

	private static void requireElement(String field, String value, List<FieldProblem> problems) {
		if (isBlank(value)) {
			problems.add(FieldProblem.of(field, "error.catalog.required-to-publish"));
		}
	}

	private static void requireLimit(String field, TimeLimit limit, List<FieldProblem> problems) {
		if (limit == null || limit.value() == null || isBlank(limit.unit())) {
			problems.add(FieldProblem.of(field, "error.catalog.required-to-publish"));
		}
	}

	private static String roleCodes() {
		return String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::code).toList());
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
