import { SUPPORT, defaults, expectReports, moddle, properties } from './helper.js';

const config = { outcomes: defaults.outcomes, notices: defaults.notices };

// Received → Decide → (approve) Approve → Issuance{ IssueCertificate } → ClosedApproved
//                   → (refuse)  Refuse → ClosedRefused;  Decide ⟶ non-interrupting ReminderDue → Reminded
function process({ approvalNotice = 'APPROVAL', refusalNotice = 'REFUSAL', refusedOutcome = 'refused' } = {}) {
  const notice = (type) => type ? properties({ notice: type }) : '';
  return `
    <bpmn:startEvent id="Received" />
    <bpmn:userTask id="Decide" />
    <bpmn:boundaryEvent id="ReminderDue" attachedToRef="Decide" cancelActivity="false"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>
    <bpmn:endEvent id="Reminded" />
    <bpmn:serviceTask id="Approve" />
    <bpmn:subProcess id="Issuance">
      <bpmn:startEvent id="IssuanceStarted" />
      <bpmn:serviceTask id="IssueCertificate">${notice(approvalNotice)}</bpmn:serviceTask>
      <bpmn:endEvent id="Issued" />
      <bpmn:sequenceFlow id="Flow_ToCertificate" sourceRef="IssuanceStarted" targetRef="IssueCertificate" />
      <bpmn:sequenceFlow id="Flow_CertificateIssued" sourceRef="IssueCertificate" targetRef="Issued" />
    </bpmn:subProcess>
    <bpmn:endEvent id="ClosedApproved">${properties({ outcome: 'approved' })}</bpmn:endEvent>
    <bpmn:serviceTask id="Refuse">${notice(refusalNotice)}</bpmn:serviceTask>
    <bpmn:endEvent id="ClosedRefused">${refusedOutcome ? properties({ outcome: refusedOutcome }) : ''}</bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_ToDecide" sourceRef="Received" targetRef="Decide" />
    <bpmn:sequenceFlow id="Flow_Approve" sourceRef="Decide" targetRef="Approve" />
    <bpmn:sequenceFlow id="Flow_ToIssuance" sourceRef="Approve" targetRef="Issuance" />
    <bpmn:sequenceFlow id="Flow_Issued" sourceRef="Issuance" targetRef="ClosedApproved" />
    <bpmn:sequenceFlow id="Flow_Refuse" sourceRef="Decide" targetRef="Refuse" />
    <bpmn:sequenceFlow id="Flow_Refused" sourceRef="Refuse" targetRef="ClosedRefused" />
    <bpmn:sequenceFlow id="Flow_Reminded" sourceRef="ReminderDue" targetRef="Reminded" />`;
}

describe('egov/outcome-notices', () => {

  it('passes when every path to an outcome issues its notice (also inside a sub-process)', () =>
    expectReports('outcome-notices', moddle(process()), config, []));

  it('passes a support process without outcomes', () =>
    expectReports('outcome-notices', moddle(SUPPORT + process({ refusedOutcome: null })), config, []));

  it('fails a path to an outcome that issues no notice, naming the path', () =>
    expectReports('outcome-notices', moddle(process({ refusalNotice: null })), config,
      [['ClosedRefused', 'without issuing REFUSAL: Received → Decide → Refuse → ClosedRefused']]));

  it('fails a sub-process that does not issue the notice on every path', () =>
    expectReports('outcome-notices', moddle(process({ approvalNotice: null })), config,
      [['ClosedApproved', 'without issuing APPROVAL']]));

  it('fails a closing end event without outcome, but not a timer-recording one', () =>
    expectReports('outcome-notices', moddle(process({ refusedOutcome: null })), config,
      [['ClosedRefused', 'declares no outcome']]));

  it('judges an edited model afresh, as the modeler lints the same model after each change', async () => {
    const parsed = await moddle(process());
    await expectReports('outcome-notices', parsed, config, []);
    const elements = parsed.root.rootElements[0].flowElements;
    const byId = (id) => elements.find((element) => element.id === id);
    elements.push(parsed.moddle.create('bpmn:SequenceFlow', {
      id: 'Flow_Shortcut', sourceRef: byId('Decide'), targetRef: byId('ClosedRefused')
    }));
    await expectReports('outcome-notices', parsed, config,
      [['ClosedRefused', 'without issuing REFUSAL: Received → Decide → ClosedRefused']]);
  });

  it('fails unknown outcomes and notice types', () =>
    expectReports('outcome-notices', moddle(process({ refusedOutcome: 'maybe', refusalNotice: 'LETTER' })), config, [
      ['Refuse', 'Unknown notice type "LETTER"'],
      ['ClosedRefused', 'Unknown outcome "maybe"']
    ]));
});
