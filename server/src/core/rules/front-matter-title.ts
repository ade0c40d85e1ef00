import { defineRule } from '../engine/rule';
import { replace } from './util';

export default defineRule({
  meta: {
    id: 'front-matter-title',
    description: 'The title line is missing, or its reference number is missing or not in the form YY NNN NNN.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    const { title } = model.frontMatter;
    const { reference, fields } = model.profile.data;
    // Some offices give the reference on a line of its own ("Case ref: 202205678") rather than in a title.
    const field = fields.reference[0];
    if (title === undefined) {
      report({ message: field === undefined ? `The statement has no title line: "<Body name> (${reference.example})".` : `The statement has no "${field}: ${reference.example}" line.`, span: { start: 0, end: 0 } });
      return;
    }
    if (title.reference === undefined && field !== undefined) {
      report({ message: `The "${field}" line has no reference: write "${field}: ${reference.example}".`, span: title.span });
      return;
    }
    if (title.reference === undefined) {
      // A half-typed reference ("Northshire County Council (23 014") is no part of the body's name.
      const open = title.bodyName.lastIndexOf('(');
      const bodyName = open === -1 ? title.bodyName : title.bodyName.slice(0, open).trimEnd();
      report({ message: `The title has no reference number; add it in brackets: "${bodyName} (${reference.example})".`, span: title.span });
      return;
    }
    if (model.profile.referencePattern.test(title.reference.text)) return;
    const rebuilt = rebuildReference(title.reference.text, reference.digits);
    report({
      message: `The reference "${title.reference.text}" is not in the house form "${reference.example}"${rebuilt ? `; write "${rebuilt}"` : ''}.`,
      span: title.reference.span,
      ...(rebuilt ? { fix: replace(title.reference.span, rebuilt) } : {}),
    });
  },
});

/** Regroups a reference typed with other separators ("21003279", "21-003-279"), keeping a suffix letter. */
function rebuildReference(text: string, groups: number[]): string | undefined {
  const m = /^([\d\s./-]+)([a-z])?$/i.exec(text.trim());
  if (!m) return undefined;
  const digits = m[1]!.replace(/\D/g, '');
  if (digits.length !== groups.reduce((a, b) => a + b, 0)) return undefined;
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ') + (m[2]?.toLowerCase() ?? '');
}
