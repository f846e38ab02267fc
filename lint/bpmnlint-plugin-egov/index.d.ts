// Types of the plugin's entry point, for the front end (the rules themselves are plain JavaScript).

export interface LegalTimerSettings {
  scope?: string;
  timers?: string[];
  optionalTimers?: string[];
}

/** The platform's rule settings (config/platform-defaults.json, or GET /api/modeling/lint-config). */
export interface PlatformLintSettings {
  roles?: string[];
  departments?: string[];
  notices?: string[];
  outcomes?: Record<string, string[]>;
  legalTimers?: LegalTimerSettings;
}

export type RuleFactory = (config?: unknown) => { check: (node: unknown, reporter: unknown) => void };

export interface LintConfig {
  rules: Record<string, [string, unknown]>;
}

export interface Resolver {
  resolveRule(pkg: string, ruleName: string): RuleFactory;
  resolveConfig(pkg: string, configName: string): never;
}

export const PLUGIN: string;
export const rules: Record<string, RuleFactory>;
export const resolver: Resolver;
export const configs: { recommended: LintConfig };
export function platformConfig(settings?: PlatformLintSettings): LintConfig;
