#!/usr/bin/env node
// The build's lint of processes/: every *.bpmn file of the given folders, with the platform's default
// settings (or --settings FILE). Prints "file: element  rule  message" per problem and exits 1 on an error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { lintXml } from '../lib/lint-xml.js';

const defaultsUrl = new URL('../config/platform-defaults.json', import.meta.url);

function bpmnFiles(target) {
  if (statSync(target).isFile()) {
    return [target];
  }
  return readdirSync(target).filter((name) => name.endsWith('.bpmn')).sort().map((name) => join(target, name));
}

async function main(argv) {
  const targets = [...argv];
  let settingsFile = defaultsUrl;
  const settingsIndex = targets.indexOf('--settings');
  if (settingsIndex >= 0) {
    settingsFile = targets[settingsIndex + 1];
    targets.splice(settingsIndex, 2);
  }
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  const files = targets.flatMap(bpmnFiles);
  let errors = 0;
  for (const file of files) {
    const problems = await lintXml(readFileSync(file, 'utf8'), settings);
    for (const problem of problems) {
      console.log(`${file}: ${problem.id || '-'}  ${problem.rule}  ${problem.category}  ${problem.message}`);
      errors += problem.category === 'error' ? 1 : 0;
    }
  }
  console.log(`bpmnlint (egov): ${files.length} file(s), ${errors} error(s)`);
  return errors === 0 ? 0 : 1;
}

if (process.argv.length < 3) {
  console.error('usage: lint-processes.js [--settings FILE] FOLDER_OR_FILE...');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
