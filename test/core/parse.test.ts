import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parseDecision, type DecisionModel } from '../../server/src/core/index';
import { compileProfile, lgscoProfile, type Profile } from '../../server/src/core/profile/compile';
import { classifyLine } from '../../server/src/core/parse/classify';
import { dedent } from '../helpers/dedent';

const parse = (text: string) => parseDecision(text, lgscoProfile());

const DRAFT = dedent(`
  Westmarch District Council (24 001 207)

  Category : Housing > Homelessness

  Decision : Upheld

  Decision date : 14 Feb 2025

  The Ombudsman's final decision:

  Summary: Ms C complained the Council delayed her homelessness review. We found fault.

  The complaint

  1. Ms C complains the Council took too long to review its decision on her homelessness application.

  The Ombudsman’s role and powers

  2. We investigate complaints about 'maladministration' and 'service failure'. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

  How I considered this complaint

  3. I considered the information Ms C and the Council provided.

  What I found

  Relevant law

  4. A review must be completed within eight weeks (Housing Act 1996, section 202). The Council must:
     a) tell the applicant of the decision;
     b) give reasons for it.

  Analysis

  5. The Council took five months. That was fault.
     • It did not tell Ms C why.
     • It did not apologise.

  Agreed action

  6. Within one month of the final decision, the Council has agreed to:
     a) apologise to Ms C;
     b) pay her £300.

  Final decision

  7. I have completed my investigation. The Council was at fault.
`);

function allSpans(model: DecisionModel): { start: number; end: number }[] {
  const fm = model.frontMatter;
  const spans = [fm.span, fm.title?.span, fm.title?.reference?.span, fm.category?.valueSpan, fm.decision?.valueSpan, fm.date?.valueSpan, fm.summary?.valueSpan];
  for (const s of model.sections) spans.push(s.span, s.heading.span, ...s.looseText, ...s.subheadings.map((h) => h.span));
  for (const p of model.paragraphs) {
    spans.push(p.span, p.textSpan, p.marker?.span, ...p.bullets.map((b) => b.span));
    const walk = (items: typeof p.items) => items.forEach((i) => { spans.push(i.span, i.marker.span); walk(i.children); });
    walk(p.items);
  }
  for (const c of model.clutter) spans.push(c.span, c.removal);
  return spans.filter((s): s is { start: number; end: number } => s !== undefined);
}

function assertSpansInside(model: DecisionModel): void {
  for (const span of allSpans(model)) {
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= model.text.length, `span ${span.start}-${span.end} outside 0-${model.text.length}`);
  }
}

test('a draft is parsed into front matter, house sections, sub-headings and numbered paragraphs', () => {
  const model = parse(DRAFT);
  const fm = model.frontMatter;
  assert.equal(fm.title?.bodyName, 'Westmarch District Council');
  assert.equal(fm.title?.reference?.text, '24 001 207');
  assert.equal(fm.category?.value, 'Housing > Homelessness');
  assert.equal(fm.decision?.value, 'Upheld');
  assert.equal(fm.date?.value, '14 Feb 2025');
  assert.equal(fm.status?.kind, 'final');
  assert.match(fm.summary?.value ?? '', /^Ms C complained/);
  assert.deepEqual(model.sections.map((s) => s.id), ['complaint', 'role-and-powers', 'how-considered', 'findings', 'agreed-action', 'final-decision']);
  const findings = model.sections[3]!;
  assert.deepEqual(findings.subheadings.map((h) => [h.text, h.match?.sectionId]), [['Relevant law', undefined], ['Analysis', 'analysis']]);
  assert.deepEqual(model.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(model.paragraphs[3]!.items.map((i) => [i.marker.text, i.marker.style, i.marker.value]), [['a)', 'lower-alpha', 1], ['b)', 'lower-alpha', 2]]);
  assert.equal(model.paragraphs[4]!.bullets.length, 2);
  assert.equal(model.numbering.mode, 'continuous');
  assert.equal(model.outcome, 'upheld-remedy-agreed');
  assert.equal(model.text.slice(model.paragraphs[0]!.marker!.span.start, model.paragraphs[0]!.marker!.span.end), '1.');
  assertSpansInside(model);
});

test('a curly apostrophe in a house heading matches the straight one exactly', () => {
  const heading = parse(DRAFT).sections[1]!.heading;
  assert.equal(heading.match?.kind, 'canonical');
});

test('CRLF line ends, a BOM and tab indents give the same structure at the right offsets', () => {
  const crlf = '\uFEFF' + DRAFT.replace(/\n/g, '\r\n').replace(/^ {5}/gm, '\t');
  const model = parse(crlf);
  assert.deepEqual(model.sections.map((s) => s.id), parse(DRAFT).sections.map((s) => s.id));
  assert.equal(model.frontMatter.title?.bodyName, 'Westmarch District Council');
  assert.equal(model.paragraphs[5]!.items.length, 2);
  const marker = model.paragraphs[6]!.marker!;
  assert.equal(crlf.slice(marker.span.start, marker.span.end), '7.');
  assertSpansInside(model);
});

test('an empty file, blank lines, a file with no headings and a lone title all parse', () => {
  for (const text of ['', '\n\n\n', 'Just a note to myself about the case.\nAnother line.', 'Westmarch District Council (24 001 207)', '\uFEFF', '1.', '  a)', 'The compl']) {
    const model = parse(text);
    assertSpansInside(model);
    assert.doesNotThrow(() => lint(text));
  }
});

test('a website copy restarts numbering under each heading and nests deeper-indented numbers', () => {
  const text = dedent(`
    The complaint

      1. Mr B complains.
      2. He wants an apology.

    What I found

      1. The Council agreed to:
            1. apologise;
            2. pay £200.
      2. It did neither.
  `);
  const model = parse(text);
  assert.equal(model.numbering.mode, 'restart');
  assert.equal(model.numbering.detected, true);
  assert.deepEqual(model.paragraphs.map((p) => p.number), [1, 2, 1, 2]);
  assert.deepEqual(model.paragraphs[2]!.items.map((i) => i.marker.value), [1, 2]);
});

test('a numbered line that is a house heading becomes a heading with its marker kept', () => {
  const model = parse(dedent(`
    1. The complaint

    2. Mr B complains.
  `));
  assert.equal(model.sections[0]?.id, 'complaint');
  assert.equal(model.sections[0]?.heading.marker?.text, '1.');
});

test('every prefix of a draft, as if typed a character at a time, parses and lints without throwing', () => {
  const text = DRAFT.replace(/\n/g, '\r\n');
  for (let end = 0; end <= text.length; end += 7) {
    const prefix = text.slice(0, end);
    const { model, messages } = lint(prefix);
    assertSpansInside(model);
    for (const m of messages) assert.ok(m.span.end <= prefix.length && m.line >= 1 && m.column >= 1, `${m.ruleId} at ${m.span.start}`);
  }
});

test('a short numbered line that reads as a list item is a paragraph, not a numbered sub-heading', () => {
  const model = parse(dedent(`
    How I considered this complaint

    1. Considered the papers Mr B sent

    2. Discussed the issues with Mr B

    3. Other matters

    4. I also made enquiries of the Council.
  `));
  assert.deepEqual(model.paragraphs.map((p) => p.number), [1, 2, 4]);
  assert.deepEqual(model.headings.map((h) => [h.text, h.marker?.text]), [['How I considered this complaint', undefined], ['Other matters', '3.']]);
});

test('a line is read as a marker with its style, value and offsets, or as text when the marker is not one', () => {
  const read = (line: string) => {
    const cls = classifyLine(line, lgscoProfile());
    return cls.kind === 'marker' ? [cls.raw, cls.style, cls.value, cls.alphaValue, cls.indent, cls.markerStart, cls.markerEnd, cls.textStart] : [cls.kind];
  };
  assert.deepEqual(read('12. The Council wrote to Mr B.'), ['12.', 'decimal', 12, 0, 0, 0, 3, 4]);
  assert.deepEqual(read('\t  (b)\tit did not reply'), ['(b)', 'lower-alpha', 2, 2, 6, 3, 6, 7]);
  assert.deepEqual(read('  iv. it refused the appeal'), ['iv.', 'lower-roman', 4, 0, 2, 2, 5, 6]);
  assert.deepEqual(read('i) it apologised'), ['i)', 'ambiguous-roman', 1, 9, 0, 0, 2, 3]);
  assert.deepEqual(read('C. Mrs C complained'), ['C.', 'upper-alpha', 3, 3, 0, 0, 2, 3]);
  assert.deepEqual(read('\uFEFF0007) of the Act'), ['0007)', 'decimal', 7, 0, 0, 1, 6, 7]);
  // An open bracket wants its close, five digits are no paragraph number, and a capital numeral is not roman.
  for (const line of ['(a. the Council', '12345. the Council', 'IV. the Council', '3.']) assert.equal(read(line)[0], 'text', line);
});

/** A line's class in a word, with what a status or field line says: "status final", "field Category category". */
function lineKind(line: string, profile: Profile): string {
  const cls = classifyLine(line, profile);
  if (cls.kind === 'status') return `status ${cls.status}`;
  return cls.kind === 'field' ? `field ${cls.label} ${cls.role}` : cls.kind;
}

test('a field line is read by its label, and a label may open with a digit where a profile has one', () => {
  const house = lgscoProfile();
  const withDigitLabel = compileProfile({ ...house.data, fields: { ...house.data.fields, other: [...house.data.fields.other, '2nd reference'] } });
  const kind = (line: string, profile = house) => lineKind(line, profile);
  assert.equal(kind('  Category : Adult care services'), 'field Category category');
  assert.equal(kind('2nd reference: 23 004 563'), 'text');
  assert.equal(kind('2nd reference: 23 004 563', withDigitLabel), 'field 2nd reference other');
  assert.equal(kind('12. Category: the Council placed it in the wrong one.', withDigitLabel), 'marker');
});

test('status and directive lines are told from others by their trimmed text, whatever white space pads them', () => {
  const kind = (line: string) => lineKind(line, lgscoProfile());
  assert.equal(kind("  The Ombudsman's final decision:  \t"), 'status final');
  assert.equal(kind('\u00a0The Ombudsman\u2019s DRAFT decision :'), 'status draft');
  assert.equal(kind('\uFEFFThe Ombudsman\'s final decision'), 'status final');
  assert.equal(kind("The Ombudsman's final decision: the Council agreed to apologise."), 'text');
  assert.equal(kind('\u00a0\t<!-- decision-lint-disable numbering-gap -->'), 'directive');
  assert.equal(kind('<!-- a note, not a directive -->'), 'text');
  assert.equal(kind(' \u3000 '), 'blank');
});
