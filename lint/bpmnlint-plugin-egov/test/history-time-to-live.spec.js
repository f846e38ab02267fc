import { expectReports, moddle } from './helper.js';

const BODY = '<bpmn:startEvent id="Received" />';

describe('egov/history-time-to-live', () => {

  it('passes a process with P1825D or a number of days', async () => {
    await expectReports('history-time-to-live', moddle(BODY), {}, []);
    await expectReports('history-time-to-live', moddle(BODY, { attributes: 'camunda:historyTimeToLive="180"' }), {}, []);
  });

  it('fails a process without history time to live', () =>
    expectReports('history-time-to-live', moddle(BODY, { attributes: '' }), {},
      [['sample-item', 'no camunda:historyTimeToLive']]));

  it('fails a malformed history time to live', () =>
    expectReports('history-time-to-live', moddle(BODY, { attributes: 'camunda:historyTimeToLive="5 years"' }), {},
      [['sample-item', 'neither a number of days']]));
});
