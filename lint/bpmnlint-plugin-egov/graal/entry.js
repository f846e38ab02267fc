// The bundle the platform runs inside the JVM (GraalJS) on every deployment: the same rules, the same
// parsing as the build. The host calls egovLintStart(xml, settingsJson); GraalJS settles the promise
// before the call returns to Java, which then reads egovLintOutcome() (JSON), so no host objects are
// ever handed to the script.
import { lintXml } from '../lib/lint-xml.js';

let outcome = null;

globalThis.egovLintStart = (xml, settingsJson) => {
  outcome = null;
  lintXml(xml, JSON.parse(settingsJson)).then(
    (problems) => { outcome = JSON.stringify({ problems }); },
    (error) => { outcome = JSON.stringify({ failure: String((error && error.stack) || error) }); });
};

globalThis.egovLintOutcome = () => outcome;
