import * as vscode from 'vscode';

/** How long any one awaited event may take before the test fails; a deadline, never a pause. */
const DEADLINE_MS = 20_000;

/**
 * Resolves with the value of `check` once it is defined, checking now and again each time `event`
 * fires. Fails with `what` if the deadline passes first.
 */
export function when<T, E>(event: vscode.Event<E>, check: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = check();
    if (now !== undefined) {
      resolve(now);
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`Timed out after ${DEADLINE_MS} ms waiting for ${what}`));
    }, DEADLINE_MS);
    const listener = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

export function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'decision-lint');
}

/** The document's decision-lint findings, once `accept` says they are the ones expected. */
export function findingsWhen(uri: vscode.Uri, accept: (found: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return when(vscode.languages.onDidChangeDiagnostics, () => {
    const found = findings(uri);
    return accept(found) ? found : undefined;
  }, what);
}

export const ruleIds = (found: readonly vscode.Diagnostic[]) => found.map((d) => codeOf(d));

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function hasRule(id: string) {
  return (found: vscode.Diagnostic[]) => found.some((d) => codeOf(d) === id);
}

export function lacksRule(id: string) {
  return (found: vscode.Diagnostic[]) => !found.some((d) => codeOf(d) === id);
}
