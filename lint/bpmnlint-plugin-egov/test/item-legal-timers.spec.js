import { SUPPORT, defaults, expectReports, handling, moddle } from './helper.js';

const config = defaults.legalTimers;

describe('egov/item-legal-timers', () => {

  it('passes an item process with the legal clock on its handling sub-process', () =>
    expectReports('item-legal-timers', moddle(handling()), config, []));

  it('passes a support process without legal clock', () =>
    expectReports('item-legal-timers', moddle(SUPPORT + '<bpmn:startEvent id="Opened" />'), config, []));

  it('fails an item process without the statutory timer, on its handling sub-process', () =>
    expectReports('item-legal-timers', moddle(handling({ without: 'StatutoryLimitReached' })), config,
      [['Handling', 'lacks the statutory limit timer']]));

  it('fails an item process without any handling scope, on the process', () =>
    expectReports('item-legal-timers', moddle('<bpmn:startEvent id="Received" />'), config, [
      ['sample-item', 'PromisedLimitReached'],
      ['sample-item', 'StatutoryLimitReached']
    ]));

  it('fails a legal timer attached to a task', () =>
    expectReports('item-legal-timers', moddle(handling({ statutoryAttachedTo: 'Deliver' })), config,
      [['StatutoryLimitReached', 'not to the handling sub-process']]));

  it('fails an interrupting legal timer', () =>
    expectReports('item-legal-timers', moddle(handling({ cancelActivity: 'true' })), config,
      [['StatutoryLimitReached', 'non-interrupting']]));
});
