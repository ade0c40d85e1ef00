import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { DecisionModel, Fix } from '../../core';
import { rangeOf } from './ranges';

export function toTextEdits(model: DecisionModel, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: rangeOf(model, { start: e.range[0], end: e.range[1] }), newText: e.text }));
}

/**
 * With `documentChanges` the client refuses an edit made for another version of the document, so a fix
 * computed before the last keystroke cannot land in the wrong place.
 */
export function workspaceEdit(uri: string, version: number, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  return versioned ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

/** One edit spanning only what differs, so the editor keeps the cursor and undo history sensible. */
export function changedRegionEdit(model: DecisionModel, output: string): TextEdit {
  const text = model.text;
  let start = 0;
  while (start < text.length && start < output.length && text[start] === output[start]) start++;
  let end = 0;
  while (end < text.length - start && end < output.length - start && text[text.length - 1 - end] === output[output.length - 1 - end]) end++;
  // Never split a surrogate pair: an edit boundary inside one corrupts the character in some clients.
  if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (end > 0 && isHighSurrogate(text.charCodeAt(text.length - end - 1))) end--;
  return { range: rangeOf(model, { start, end: text.length - end }), newText: output.slice(start, output.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
