// Parses BPMN XML with the Camunda 7 moddle and lints it with the plugin's rules: the one entry point of
// the build's command line and of the bundle the platform runs on every deployment.
import { BpmnModdle } from 'bpmn-moddle';
import Linter from 'bpmnlint/lib/linter.js';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };

import { platformConfig, resolver } from '../index.js';

/**
 * Lints one BPMN document.
 * @param {string} xml the document
 * @param {object} settings `{ roles, departments, notices, outcomes, legalTimers }`
 * @returns {Promise<Array<{rule: string, id: string, message: string, category: string}>>} the problems,
 *   errors first; an unreadable document is one problem of rule `bpmn-xml`
 */
export async function lintXml(xml, settings) {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  let root;
  try {
    ({ rootElement: root } = await moddle.fromXML(withoutDiagram(xml), 'bpmn:Definitions'));
  }
  catch (error) {
    return [{ rule: 'bpmn-xml', id: '', message: `Not readable BPMN XML: ${error.message}`, category: 'error' }];
  }
  const linter = new Linter({ resolver });
  const results = await linter.lint(root, platformConfig(settings));
  const problems = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({ rule, id: report.id || '', message: report.message, category: report.category });
    }
  }
  return problems.sort((a, b) => rank(a) - rank(b));
}

// No rule reads the diagram's shapes, which are half of a file and most of its parsing (several seconds
// in GraalJS' interpreter for a large process).
const DIAGRAM = /<bpmndi:BPMNDiagram[\s>][\s\S]*?<\/bpmndi:BPMNDiagram>/g;

function withoutDiagram(xml) {
  return xml.replace(DIAGRAM, '');
}

function rank(problem) {
  return problem.category === 'error' ? 0 : 1;
}
