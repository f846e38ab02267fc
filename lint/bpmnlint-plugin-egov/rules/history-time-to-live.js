import { camundaAttribute, is } from '../lib/model.js';

const DAYS = /^(\d+|P\d+D)$/;

/**
 * Every executable process sets `camunda:historyTimeToLive` (days or `P<n>D`): Camunda 7.20+ refuses
 * a deployment without it, and the archive's retention is planned on it.
 */
export default function historyTimeToLive() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || node.isExecutable === false) {
      return;
    }
    const ttl = camundaAttribute(node, 'historyTimeToLive');
    if (ttl === undefined || ttl === null || String(ttl).trim() === '') {
      reporter.report(node.id, 'Process sets no camunda:historyTimeToLive (e.g. P1825D) / 流程未设置历史保留期限');
    }
    else if (!DAYS.test(String(ttl).trim())) {
      reporter.report(node.id, `camunda:historyTimeToLive "${ttl}" is neither a number of days nor P<n>D / 历史保留期限格式错误`);
    }
  }
  return { check };
}
