import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULE_METAS, fix, lint, resolveConfig, type LintMessage, type ResolvedConfig } from '../../server/src/core/index';

export interface ValidCase {
  name: string;
  text: string;
  numbering?: 'auto' | 'continuous' | 'restart';
  options?: Record<string, unknown>;
  /** Other rules switched on beside the one under test (directives need something to disable). */
  alsoOn?: string[];
  /** Marks a case that shows a known bug outside the rule (in the parser, say): it runs but may fail. */
  todo?: string;
}

export interface ExpectedFinding {
  /** Defaults to the rule under test; set it for the findings of a rule in `alsoOn`. */
  ruleId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A fragment the message must contain. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The text after `--fix` with only this rule on; `null` when the rule must offer no fix here. */
  output: string | null;
}

/**
 * A config with only the rule under test switched on, so that each table speaks for one rule, and
 * internal-error, so that a rule that throws fails its case rather than passing it silently.
 */
export function onlyRule(ruleId: string, c: ValidCase): ResolvedConfig {
  const on = (id: string) => id === ruleId || id === 'internal-error' || (c.alsoOn ?? []).includes(id);
  const rules = Object.fromEntries(ALL_RULE_METAS.map((m) => [m.id, !on(m.id) ? 'off' : m.id === ruleId && c.options ? [m.defaultSeverity, c.options] : m.defaultSeverity]));
  return resolveConfig([{ source: 'test', config: { rules, ...(c.numbering ? { numbering: c.numbering } : {}) } as never }], ALL_RULE_METAS.map((meta) => ({ meta })));
}

function todoOf(c: ValidCase): { todo?: string } {
  return c.todo === undefined ? {} : { todo: c.todo };
}

function describeFindings(messages: LintMessage[]): string {
  return messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`).join('\n');
}

/**
 * ESLint-style table tests: valid cases report nothing; invalid cases report exactly the listed
 * findings at exactly those ranges, and fixing gives exactly `output`.
 */
export function ruleTests(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  for (const c of cases.valid) {
    test(`${ruleId} accepts ${c.name}`, todoOf(c), () => {
      const { messages } = lint(c.text, onlyRule(ruleId, c));
      assert.equal(messages.length, 0, `unexpected findings:\n${describeFindings(messages)}`);
    });
  }
  for (const c of cases.invalid) {
    test(`${ruleId} reports ${c.name}`, todoOf(c), () => {
      const config = onlyRule(ruleId, c);
      const { messages } = lint(c.text, config);
      assert.equal(messages.length, c.findings.length, `findings were:\n${describeFindings(messages)}`);
      c.findings.forEach((want, i) => {
        const got = messages[i]!;
        assert.equal(got.ruleId, want.ruleId ?? ruleId, `finding ${i + 1}: ${got.message}`);
        assert.deepEqual(
          { line: got.line, column: got.column, ...(want.endLine === undefined ? {} : { endLine: got.endLine }), ...(want.endColumn === undefined ? {} : { endColumn: got.endColumn }) },
          { line: want.line, column: want.column, ...(want.endLine === undefined ? {} : { endLine: want.endLine }), ...(want.endColumn === undefined ? {} : { endColumn: want.endColumn }) },
          `finding ${i + 1}: ${got.message}`,
        );
        if (want.message !== undefined) assert.ok(got.message.includes(want.message), `message "${got.message}" lacks "${want.message}"`);
      });
      const fixed = fix(c.text, config);
      if (c.output === null) {
        assert.equal(fixed.output, c.text, 'expected no fix');
      } else {
        assert.equal(fixed.output, c.output);
        const after = lint(fixed.output, config).messages.filter((m) => m.fix !== undefined);
        assert.equal(after.length, 0, `fixable findings remain after fixing:\n${describeFindings(after)}`);
      }
    });
  }
}
