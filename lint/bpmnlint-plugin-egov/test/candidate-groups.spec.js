import { SUPPORT, defaults, expectReports, moddle } from './helper.js';

const config = { departments: defaults.departments, roles: defaults.roles };

function task(groups) {
  return groups === null ? '<bpmn:userTask id="Review" />' : `<bpmn:userTask id="Review" camunda:candidateGroups="${groups}" />`;
}

describe('egov/candidate-groups', () => {

  it('passes department roles by expression and by known code', () =>
    expectReports('candidate-groups', moddle(task('${departmentCode}:clerk, ${departmentCode}:${currentRole},SFX-ZJJ:handler')), config, []));

  it('passes whole-group expressions and role groups in support processes', () =>
    expectReports('candidate-groups', moddle(SUPPORT + task('${bureauGroup},section-head')), config, []));

  it('fails a user task without candidate groups', () =>
    expectReports('candidate-groups', moddle(task(null)), config, [['Review', 'no camunda:candidateGroups']]));

  it('fails unknown roles and departments and department-less groups in item processes', () =>
    expectReports('candidate-groups', moddle(task('${departmentCode}:boss,NOWHERE:clerk,handler,${anyGroup}')), config, [
      ['Review', 'unknown role boss'],
      ['Review', 'unknown department NOWHERE'],
      ['Review', 'names no department'],
      ['Review', 'item processes name DEPARTMENT:role']
    ]));
});
