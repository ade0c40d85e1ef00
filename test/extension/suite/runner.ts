/**
 * A runner small enough to live inside the extension host of either harness: tests run one after
 * another, each line of the report goes to the console (which the workbench forwards to the harness),
 * and a failure makes `run()` throw, which both harnesses turn into exit code 1.
 */
type Body = () => Promise<void>;

const cases: { name: string; body: Body }[] = [];

export function test(name: string, body: Body): void {
  cases.push({ name, body });
}

export function report(line: string): void {
  console.log(`[decision-lint suite] ${line}`);
}

export async function runAll(): Promise<void> {
  const counts = { passed: 0, failed: 0 };
  for (const { name, body } of cases) {
    const started = Date.now();
    try {
      await body();
      counts.passed++;
      report(`ok ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      counts.failed++;
      report(`not ok ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  report(`${counts.passed} passed, ${counts.failed} failed`);
  if (counts.failed > 0) throw new Error(`${counts.failed} of ${cases.length} extension tests failed`);
}
