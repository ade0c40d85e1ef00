/**
 * The UI check: the packaged vsix installed into code-server, a draft opened from the Explorer as a
 * person would, and what they see read back from the workbench: squiggles, Problems rows, the outline,
 * a hover, the Remedies view. With `--screenshots <dir>` it saves the pictures the README shows
 * (`npm run screenshots`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, missingHost, newPage, startCodeServer } from './code-server';
import { REPO } from './paths';

export interface SeenInWorkbench {
  squiggles: number;
  problems: string[];
  outline: string[];
  hover: string;
  remedies: string[];
  /** Closing brackets the editor marks as unexpected around the first lettered list ("a)", "b)"). */
  unexpectedBrackets: number;
}

const VSIX = join(REPO, 'out', 'decision-lint.vsix');

export async function uiCheck(screenshots?: string): Promise<SeenInWorkbench> {
  const missing = missingHost();
  if (missing !== undefined) throw new Error(missing);
  // Packages what is built; building again here could pull dist/ from under other tests.
  const packaged = spawnSync('npm', ['run', '--silent', 'vsix'], { cwd: REPO, encoding: 'utf8' });
  if (packaged.status !== 0) throw new Error(`npm run vsix failed:\n${packaged.stdout}${packaged.stderr}`);
  const session = await startCodeServer({ vsix: VSIX });
  const browser = await launchBrowser();
  const shoot = async (page: Page, name: string) => {
    if (screenshots !== undefined) await page.screenshot({ path: join(screenshots, `${name}.png`), animations: 'disabled' });
  };
  try {
    const page = await newPage(browser);
    await page.goto(session.url);
    // Quick Open right after load is flaky in code-server; a double-click on the Explorer row is not.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.decision.txt' }).dblclick();
    const squiggles = page.locator('.view-overlays .squiggly-error');
    await squiggles.first().waitFor();
    await shoot(page, 'editor-diagnostics');

    // House style letters nested lists "a)", "b)": bracket pair colouring must not mark them as errors.
    const listLine = readFileSync(join(REPO, 'test', 'extension', 'workspace', 'draft.decision.txt'), 'utf8').split('\n').findIndex((line) => /^\s+a\)/.test(line)) + 1;
    await page.keyboard.press('Control+g');
    await page.keyboard.type(String(listLine));
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: /^\s+a\)/ }).first().waitFor();
    const unexpectedBrackets = await page.locator('.monaco-editor .view-lines .unexpected-closing-bracket').count();

    await page.keyboard.press('Control+Shift+M');
    const problemRows = page.locator('.markers-panel .monaco-list-row');
    await problemRows.first().waitFor();
    const problems = await problemRows.allInnerTexts();
    // Choosing a row reveals its finding in the editor, as it does for a person.
    await problemRows.filter({ hasText: 'numbering-gap' }).click();

    // The squiggle lies under the text layer, so the pointer goes to where it is drawn.
    const box = await squiggles.first().boundingBox();
    if (box === null) throw new Error('the squiggle is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
    await hover.first().waitFor();
    const hoverText = await hover.first().innerText();
    await shoot(page, 'hover');

    // The folder's pane folds away so that the outline has the sidebar's height.
    await page.locator('.pane-header', { hasText: /^workspace/i }).click();
    await page.locator('.pane-header', { hasText: 'Outline' }).click();
    const outlineRows = page.locator('.outline-pane .monaco-list-row');
    await outlineRows.first().waitFor();
    const outline = await outlineRows.allInnerTexts();
    await shoot(page, 'outline');

    await page.keyboard.press('F1');
    await page.keyboard.type('Decision Lint: Show remedies');
    await page.keyboard.press('Enter');
    const remedyRows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Remedies' }) }).locator('.monaco-list-row');
    await remedyRows.first().waitFor();
    const remedies = await remedyRows.allInnerTexts();

    return { squiggles: await squiggles.count(), problems, outline, hover: hoverText, remedies, unexpectedBrackets };
  } finally {
    await browser.close();
    await session.close();
  }
}

if (process.argv[1] === import.meta.filename) {
  const at = process.argv.indexOf('--screenshots');
  const dir = at > 0 ? resolve(process.argv[at + 1] ?? 'docs/images') : undefined;
  if (dir !== undefined) mkdirSync(dir, { recursive: true });
  uiCheck(dir).then(
    (seen) => console.log(JSON.stringify(seen, null, 2)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
