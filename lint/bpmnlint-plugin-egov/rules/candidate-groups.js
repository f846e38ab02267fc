import { camundaAttribute, is, isExpression, isSupportProcess, owningProcess } from '../lib/model.js';

/**
 * Splits on a separator outside `${...}`: `${departmentCode}:clerk,${a.b(x, y)}:handler`.
 */
export function splitOutsideExpressions(text, separator) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '{') {
      depth++;
    }
    else if (character === '}') {
      depth = Math.max(0, depth - 1);
    }
    if (character === separator && depth === 0) {
      parts.push(current);
      current = '';
    }
    else {
      current += character;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim());
}

/**
 * Every user task names candidate groups, each `DEPARTMENT:role` (Camunda's group of that role in that
 * department): the department an expression such as `${departmentCode}` or a known department code, the
 * role an expression or a known platform role. Support processes (supervision, complaints) may also
 * name a whole group by expression or a department-less role group.
 *
 * Config: `{ departments: string[], roles: string[] }` (empty lists accept any code).
 */
export default function candidateGroups(config = {}) {
  const departments = new Set(config.departments || []);
  const roles = new Set(config.roles || []);

  function knownDepartment(code) {
    return isExpression(code) || departments.size === 0 || departments.has(code);
  }

  function knownRole(code) {
    return isExpression(code) || roles.size === 0 || roles.has(code);
  }

  function problemOf(entry, support) {
    if (entry === '') {
      return 'an empty entry';
    }
    if (isExpression(entry)) {
      return support ? null : `"${entry}": item processes name DEPARTMENT:role, e.g. \${departmentCode}:handler`;
    }
    const parts = splitOutsideExpressions(entry, ':');
    if (parts.length === 1) {
      if (!support) {
        return `"${entry}" names no department: use \${departmentCode}:${entry}`;
      }
      return knownRole(entry) ? null : `"${entry}": unknown role`;
    }
    if (parts.length !== 2) {
      return `"${entry}" is not DEPARTMENT:role`;
    }
    const [department, role] = parts;
    if (!knownDepartment(department)) {
      return `"${entry}": unknown department ${department}`;
    }
    return knownRole(role) ? null : `"${entry}": unknown role ${role}`;
  }

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const groups = camundaAttribute(node, 'candidateGroups');
    if (!groups || !String(groups).trim()) {
      reporter.report(node.id, 'User task has no camunda:candidateGroups (e.g. ${departmentCode}:handler) / 用户任务未指定候选组');
      return;
    }
    const process = owningProcess(node);
    const support = Boolean(process && isSupportProcess(process));
    for (const entry of splitOutsideExpressions(String(groups), ',')) {
      const problem = problemOf(entry, support);
      if (problem) {
        reporter.report(node.id, `Candidate group ${problem} / 候选组无法对应到部门角色`);
      }
    }
  }

  return { check };
}
