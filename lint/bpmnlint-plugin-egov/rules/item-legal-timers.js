import { allFlowElements, is, isSupportProcess } from '../lib/model.js';

const DEFAULTS = {
  scope: 'Handling',
  timers: ['PromisedLimitReached', 'StatutoryLimitReached'],
  optionalTimers: ['ReminderDue']
};

const NAMES = {
  PromisedLimitReached: ['promised limit', '承诺期限'],
  StatutoryLimitReached: ['statutory limit', '法定期限'],
  ReminderDue: ['reminder', '到期提醒']
};

/**
 * An item process (every process not marked `processKind=support`) runs its legal clock on one handling
 * scope: a sub-process (conventionally `Handling`) carrying non-interrupting timer boundary events
 * `PromisedLimitReached` and `StatutoryLimitReached` (and `ReminderDue`, where present) whose `timeDate`
 * reads the case clock, as in `processes/licensing-standard.bpmn`.
 *
 * Config: `{ scope?: string, timers?: string[], optionalTimers?: string[] }`.
 */
export default function itemLegalTimers(config = {}) {
  const settings = { ...DEFAULTS, ...config };

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || isSupportProcess(node)) {
      return;
    }
    const elements = allFlowElements(node);
    const byId = new Map(elements.map((element) => [element.id, element]));
    const conventionalScope = byId.get(settings.scope);
    const scopes = new Set();
    for (const id of settings.timers) {
      const timer = byId.get(id);
      if (!timer) {
        const reportOn = is(conventionalScope, 'bpmn:SubProcess') ? conventionalScope : node;
        const [english, chinese] = NAMES[id] || [id, id];
        reporter.report(reportOn.id, `Item process lacks the ${english} timer: a non-interrupting timer boundary event "${id}" on the handling sub-process / 办件流程缺少${chinese}计时器`);
        continue;
      }
      checkTimer(timer, reporter, scopes);
    }
    for (const id of settings.optionalTimers) {
      const timer = byId.get(id);
      if (timer) {
        checkTimer(timer, reporter, scopes);
      }
    }
    if (scopes.size > 1) {
      reporter.report(node.id, `Legal-clock timers are attached to different scopes (${[...scopes].join(', ')}): attach them all to the handling sub-process / 法定计时器须挂在同一办理子流程上`);
    }
  }

  function checkTimer(timer, reporter, scopes) {
    const definition = (timer.eventDefinitions || []).find((candidate) => is(candidate, 'bpmn:TimerEventDefinition'));
    if (!is(timer, 'bpmn:BoundaryEvent') || !definition) {
      reporter.report(timer.id, `"${timer.id}" must be a timer boundary event on the handling sub-process / 须为挂在办理子流程上的定时边界事件`);
      return;
    }
    if (!is(timer.attachedToRef, 'bpmn:SubProcess')) {
      reporter.report(timer.id, `"${timer.id}" is attached to ${timer.attachedToRef ? timer.attachedToRef.id : 'nothing'}, not to the handling sub-process / 须挂在办理子流程上`);
    }
    else {
      scopes.add(timer.attachedToRef.id);
    }
    if (timer.cancelActivity !== false) {
      reporter.report(timer.id, `"${timer.id}" interrupts the handling: legal-clock timers are non-interrupting (cancelActivity="false") / 计时器不得中断办理`);
    }
    if (!definition.timeDate) {
      reporter.report(timer.id, `"${timer.id}" must use a timeDate from the case clock (e.g. \${caseClock.statutoryDueAt(caseNo)}) / 须用案件时钟的 timeDate`);
    }
  }

  return { check };
}
