/**
 * The crash policy with a hand-set clock, run here because vscode-languageclient, whose actions it
 * returns, loads only inside an extension host. server-crash.ts kills real servers; this covers the
 * timings a real crash cannot be made to hit on demand.
 */
import assert from 'node:assert/strict';
import { CloseAction, ErrorAction } from 'vscode-languageclient/node';
import { CRASH_BURST_MS, ERRORS_BEFORE_CLOSE_MS, RESTARTED_MESSAGE, RestartOncePerBurst } from '../../../client/src/crash-policy';
import { test } from './runner';

function policyAt(start = 1_000_000) {
  const clock = { now: start };
  const told: string[] = [];
  const policy = new RestartOncePerBurst((message) => told.push(message), () => clock.now);
  return { policy, clock, told };
}

test('crash policy: write errors from a server that has died, counted or not, pass quietly, and its close restarts it with one message', async () => {
  const { policy, clock, told } = policyAt();
  for (let i = 0; i < 12; i++) {
    clock.now += 5;
    assert.equal(policy.error().action, ErrorAction.Continue, `error ${i + 1} before the close`);
  }
  assert.equal(policy.closed().action, CloseAction.Restart);
  assert.deepEqual(told, [RESTARTED_MESSAGE]);
});

test('crash policy: errors that go on without a close for longer than the grace stop the client', async () => {
  const { policy, clock } = policyAt();
  const actions = [];
  for (let elapsed = 0; elapsed <= ERRORS_BEFORE_CLOSE_MS + 1000; elapsed += 1000) {
    clock.now += elapsed === 0 ? 0 : 1000;
    actions.push(policy.error().action);
  }
  assert.equal(actions.at(-1), ErrorAction.Shutdown);
  assert.ok(actions.slice(0, -1).every((action) => action === ErrorAction.Continue), 'every error within the grace passes');
});

test('crash policy: errors far apart are each a passing trouble, not a broken connection', async () => {
  const { policy, clock } = policyAt();
  assert.equal(policy.error().action, ErrorAction.Continue);
  clock.now += 10 * ERRORS_BEFORE_CLOSE_MS;
  assert.equal(policy.error().action, ErrorAction.Continue);
});

test('crash policy: a second crash within the burst stays stopped, one after it is restarted, and "Restart server" starts afresh', async () => {
  const { policy, clock, told } = policyAt();
  assert.equal(policy.closed().action, CloseAction.Restart);
  clock.now += CRASH_BURST_MS - 1;
  assert.equal(policy.closed().action, CloseAction.DoNotRestart, 'within the burst');
  clock.now += 1000;
  policy.forgetCrashes();
  assert.equal(policy.closed().action, CloseAction.Restart, 'after "Restart server"');
  clock.now += CRASH_BURST_MS;
  assert.equal(policy.closed().action, CloseAction.Restart, 'after the burst');
  assert.equal(told.length, 3, 'one message for each restart');
});
