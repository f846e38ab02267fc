import { createModdle } from 'bpmnlint/lib/testers/helper.js';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };

import defaults from '../config/platform-defaults.json' with { type: 'json' };

export { defaults };

/** A definitions document around the given process body, parsed with the Camunda moddle. */
export function processXml(body, { id = 'sample-item', attributes = 'camunda:historyTimeToLive="P1825D"' } = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    id="Definitions_sample" targetNamespace="http://egov.cn/approval/processes">
  <bpmn:process id="${id}" isExecutable="true" ${attributes}>
${body}
  </bpmn:process>
</bpmn:definitions>`;
}

export function moddle(body, options) {
  return createModdle(processXml(body, options), { camunda: camundaModdle });
}

export function properties(entries) {
  return `<bpmn:extensionElements><camunda:properties>${Object.entries(entries)
    .map(([name, value]) => `<camunda:property name="${name}" value="${value}" />`)
    .join('')}</camunda:properties></bpmn:extensionElements>`;
}

export const SUPPORT = properties({ processKind: 'support' });

/** The legal clock of licensing-standard.bpmn, with a chosen timer left out or changed. */
export function handling({ without = null, statutoryAttachedTo = 'Handling', cancelActivity = 'false' } = {}) {
  const timer = (id, attachedTo, cancel = 'false') => id === without ? '' : `
    <bpmn:boundaryEvent id="${id}" attachedToRef="${attachedTo}" cancelActivity="${cancel}">
      <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">\${caseClock.dueAt(caseNo)}</bpmn:timeDate></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>`;
  return `
    <bpmn:startEvent id="Received"><bpmn:outgoing>Flow_ToHandling</bpmn:outgoing></bpmn:startEvent>
    <bpmn:subProcess id="Handling">
      <bpmn:startEvent id="HandlingStarted" />
      <bpmn:userTask id="Review" camunda:candidateGroups="\${departmentCode}:handler" />
    </bpmn:subProcess>
    <bpmn:userTask id="Deliver" camunda:candidateGroups="\${departmentCode}:clerk" />
    ${timer('ReminderDue', 'Handling')}
    ${timer('PromisedLimitReached', 'Handling')}
    ${timer('StatutoryLimitReached', statutoryAttachedTo, cancelActivity)}
    <bpmn:sequenceFlow id="Flow_ToHandling" sourceRef="Received" targetRef="Handling" />`;
}

import assert from 'node:assert/strict';
import Linter from 'bpmnlint/lib/linter.js';

import { resolver } from '../index.js';

/** Lints a parsed document with one rule of the plugin and its config; returns `[id, message]` pairs. */
export async function reportsOf(ruleName, parsed, config = {}) {
  const linter = new Linter({ resolver });
  const results = await linter.lint((await parsed).root, { rules: { [`egov/${ruleName}`]: ['error', config] } });
  return (results[`egov/${ruleName}`] || []).map((report) => [report.id, report.message]);
}

/** Expects exactly these reports, each given as its element id and a fragment of its message. */
export async function expectReports(ruleName, parsed, config, expected) {
  const reports = await reportsOf(ruleName, parsed, config);
  assert.equal(reports.length, expected.length, `reports: ${JSON.stringify(reports, null, 1)}`);
  expected.forEach(([id, fragment], index) => {
    assert.equal(reports[index][0], id, `report ${index}: ${reports[index][1]}`);
    assert.ok(reports[index][1].includes(fragment), `"${reports[index][1]}" should mention "${fragment}"`);
  });
}
