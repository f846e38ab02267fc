// The bundle the platform runs inside the JVM (GraalJS) on every deployment: the same rules, the same
// parsing as the build. Java calls egovLint(xml, settingsJson) and waits for the returned promise.
import { lintXml } from '../lib/lint-xml.js';

globalThis.egovLint = (xml, settingsJson) => lintXml(xml, JSON.parse(settingsJson)).then(JSON.stringify);
