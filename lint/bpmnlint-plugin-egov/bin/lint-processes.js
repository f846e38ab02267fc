#!/usr/bin/env node
// The build's lint of processes/: every *.bpmn file of the given folders, with the platform's default
// settings (or --settings FILE). Prints "file: element  rule  message" per problem and exits 1 on an error.
// With --passed-manifest FILE it writes the SHA-256 of every file when all pass: the engine skips these
// exact bytes when it deploys them, having nothing new to learn (lint/README.md).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
  const settingsFile = option(targets, '--settings') || defaultsUrl;
  const manifest = option(targets, '--passed-manifest');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  const files = targets.flatMap(bpmnFiles);
  let errors = 0;
  const passed = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const problems = await lintXml(bytes.toString('utf8'), settings);
    passed.push(`${createHash('sha256').update(bytes).digest('hex')}  ${basename(file)}`);
    for (const problem of problems) {
      console.log(`${file}: ${problem.id || '-'}  ${problem.rule}  ${problem.category}  ${problem.message}`);
      errors += problem.category === 'error' ? 1 : 0;
    }
  }
  console.log(`bpmnlint (egov): ${files.length} file(s), ${errors} error(s)`);
  if (manifest && errors === 0) {
    mkdirSync(dirname(manifest), { recursive: true });
    writeFileSync(manifest, passed.join('\n') + '\n');
  }
  return errors === 0 ? 0 : 1;
}

/** Takes `name value` out of the arguments and returns the value. */
function option(args, name) {
  const index = args.indexOf(name);
  if (index < 0) {
    return null;
  }
  const [, value] = args.splice(index, 2);
  return value;
}

if (process.argv.length < 3) {
  console.error('usage: lint-processes.js [--settings FILE] [--passed-manifest FILE] FOLDER_OR_FILE...');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
