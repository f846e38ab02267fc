// Acceptance 3 of issue 7: the command the Maven build runs over processes/ (npm run lint-processes)
// fails on a process that breaks a rule, naming file, element and rule, and passes the real folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = join(here, '../bin/lint-processes.js');
const processes = join(here, '../../../processes');

function lint(folder) {
  return spawnSync(process.execPath, [cli, folder], { encoding: 'utf8' });
}

describe('lint-processes (the build\'s lint of processes/)', () => {

  let folder;
  beforeEach(() => { folder = mkdtempSync(join(tmpdir(), 'egov-lint-')); });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('passes every process in processes/', () => {
    const run = lint(processes);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /0 error\(s\)/);
  });

  it('fails when a process loses its statutory timer, naming file, element and rule', () => {
    const broken = readFileSync(join(processes, 'licensing-standard.bpmn'), 'utf8')
      .replaceAll('id="StatutoryLimitReached"', 'id="StatutoryLimitGone"');
    writeFileSync(join(folder, 'licensing-standard.bpmn'), broken);
    copyFileSync(join(processes, 'supervision-card.bpmn'), join(folder, 'supervision-card.bpmn'));
    const run = lint(folder);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /licensing-standard\.bpmn: Handling {2}egov\/item-legal-timers {2}error {2}Item process lacks the statutory limit timer/);
    assert.doesNotMatch(run.stdout, /supervision-card\.bpmn:/);
  });

  it('fails when a user task loses its candidate groups', () => {
    const broken = readFileSync(join(processes, 'licensing-joint.bpmn'), 'utf8')
      .replace('camunda:candidateGroups="${departmentCode}:clerk" ', '');
    writeFileSync(join(folder, 'licensing-joint.bpmn'), broken);
    const run = lint(folder);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /licensing-joint\.bpmn: PreCheck {2}egov\/candidate-groups/);
  });
});
