import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';
import { DRAFT_WITHOUT_FINAL_DECISION, tempTree } from './helpers';

// A spawned bin never has a terminal on stdout, so colour is checked by running the CLI in-process.
async function stylishOutput(args: string[], env: Record<string, string> = {}): Promise<string> {
  let stdout = '';
  await run(['--stdin', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    stdin: Readable.from([DRAFT_WITHOUT_FINAL_DECISION]),
    stdoutIsTty: true,
    cwd: tempTree({}),
    env,
  });
  return stdout;
}

const ESCAPE = /\u001b\[\d+m/;

describe('colour in stylish output', () => {
  it('is used on a terminal, around the severity, the rule id and the summary', async () => {
    const output = await stylishOutput([]);
    assert.match(output, /\u001b\[31merror\u001b\[39m/);
    assert.match(output, /\u001b\[2msection-missing\u001b\[22m/);
    assert.match(output, /^\u001b\[31m1 problem \(1 error/m);
  });

  it('is never used with --no-color', async () => {
    assert.doesNotMatch(await stylishOutput(['--no-color']), ESCAPE);
  });

  it('is never used when NO_COLOR is set', async () => {
    assert.doesNotMatch(await stylishOutput([], { NO_COLOR: '1' }), ESCAPE);
  });
});
