import { is, isAny } from '../lib/model.js';

const PROCESS_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ELEMENT_ID = /^[A-Z][A-Za-z0-9]*(_[A-Z][A-Za-z0-9]*)*$/;
const GENERATED_ID = /^[A-Za-z]+_(?=[0-9a-z]*\d)[0-9a-z]{7}$|_\d+$/;

// The ids people read in logs, history and tests; event definitions, lane sets and the collaboration keep
// the ids the modeler generates, since the properties panel does not show them.
const NAMED_TYPES = ['bpmn:FlowElement', 'bpmn:Lane', 'bpmn:Participant', 'bpmn:MessageFlow', 'bpmn:Message',
  'bpmn:Signal', 'bpmn:Error', 'bpmn:Escalation', 'bpmn:Artifact'];

/**
 * Ids follow STYLE.md: the process id is the kebab-case file name (`licensing-standard`); element ids
 * are PascalCase words, optionally with a type prefix (`PreCheck`, `Task_ReviewApplication`,
 * `Flow_ToPreCheck`), never `UserTask_1` or a generated `Activity_0x1y2z3`.
 */
export default function idNaming() {
  function check(node, reporter) {
    if (!node.id) {
      return;
    }
    if (is(node, 'bpmn:Process')) {
      if (!PROCESS_ID.test(node.id)) {
        reporter.report(node.id, `Process id "${node.id}" is not kebab-case (e.g. licensing-standard) / 流程标识须为小写连字符形式`);
      }
      return;
    }
    if (!isAny(node, NAMED_TYPES)) {
      return;
    }
    if (GENERATED_ID.test(node.id)) {
      reporter.report(node.id, `Id "${node.id}" is generated or numbered: name it after what it does (e.g. Task_ReviewApplication) / 元素标识须以含义命名`);
    }
    else if (!ELEMENT_ID.test(node.id)) {
      reporter.report(node.id, `Id "${node.id}" is not PascalCase words (e.g. PreCheck, Flow_ToPreCheck) / 元素标识须为大驼峰单词`);
    }
  }
  return { check };
}
