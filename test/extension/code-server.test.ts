import assert from 'node:assert/strict';
import { it } from 'node:test';
import { skipWithoutCodeServer } from './code-server';
import { runInCodeServer } from './run-in-code-server';

it("the extension suite passes in code-server's real VS Code extension host", { skip: skipWithoutCodeServer, timeout: 300_000 }, async () => {
  assert.equal(await runInCodeServer(), 0, 'the extension suite failed: its report is above');
});
