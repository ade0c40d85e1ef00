import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI, REPO } from '../cli/helpers';

const HAS_STRACE = spawnSync('strace', ['-V']).status === 0;
/** Only a machine without Debian's strace skips; CI installs it (.ci/run), so there it must run. */
const SKIP = !HAS_STRACE && !process.env.CI && 'strace is not installed (apt-get install strace); CI runs this test';

const traces = mkdtempSync(join(tmpdir(), 'decision-lint-strace-'));
after(() => rmSync(traces, { recursive: true, force: true }));

/** The socket and connect calls of a command and all its threads and children, that reach a network. */
function networkCalls(name: string, command: readonly string[]): string[] {
  const log = join(traces, `${name}.log`);
  const result = spawnSync('strace', ['-f', '-e', 'trace=socket,connect', '-o', log, ...command], { cwd: REPO, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `the traced command ran: ${result.stderr}`);
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => /\b(?:socket|connect)\(/.test(line) && /AF_INET6?\b/.test(line));
}

describe('no network at run time', { skip: SKIP }, () => {
  it('the trace sees a socket when there is one (so that an empty trace means something)', () => {
    // A UDP socket bound to the loopback address: made at once, and sends nothing anywhere.
    const control = "const s = require('node:dgram').createSocket('udp4'); s.bind(0, '127.0.0.1', () => s.close());";
    const calls = networkCalls('control', [process.execPath, '-e', control]);
    assert.ok(calls.some((line) => line.includes('AF_INET')), 'strace reported the UDP socket');
  });

  it('the CLI lints examples/ without opening a network socket', () => {
    assert.deepEqual(networkCalls('cli', [process.execPath, CLI, '--format', 'sarif', 'examples']), []);
  });
});
