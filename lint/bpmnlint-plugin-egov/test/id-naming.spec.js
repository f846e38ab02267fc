import { expectReports, moddle } from './helper.js';

const GOOD = `
    <bpmn:startEvent id="ApplicationReceived"><bpmn:outgoing>Flow_ToReview</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Task_ReviewApplication" />
    <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="ApplicationReceived" targetRef="Task_ReviewApplication" />`;

describe('egov/id-naming', () => {

  it('passes a kebab-case process with PascalCase element ids', () =>
    expectReports('id-naming', moddle(GOOD), {}, []));

  it('fails a process id that is not kebab-case', () =>
    expectReports('id-naming', moddle(GOOD, { id: 'Process_1' }), {}, [['Process_1', 'not kebab-case']]));

  it('fails numbered, generated and lower-case element ids', () =>
    expectReports('id-naming', moddle(`
    <bpmn:userTask id="UserTask_1" />
    <bpmn:userTask id="Activity_0x1y2z3" />
    <bpmn:exclusiveGateway id="gateway_decided" />`), {}, [
      ['UserTask_1', 'generated or numbered'],
      ['Activity_0x1y2z3', 'generated or numbered'],
      ['gateway_decided', 'not PascalCase']
    ]));
});
