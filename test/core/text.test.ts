import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines, trimmedSpan, trimmedSpanFrom } from '../../server/src/core/text/lines';
import { wordCount } from '../../server/src/core/text/white-space';
import { normaliseHeading } from '../../server/src/core/text/normalise';
import { AscendingOffsets } from '../../server/src/core/text/ascending-offsets';
import { countAtMost } from '../../server/src/core/text/sorted';

/** Line text as drafts have it, with the white space that trimming and splitting must agree on. */
const PIECES = ['The', 'Council', 'Mr B', '12.', 'a)', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085', 'section 26(1)', ':', '\u2019'];
const lineText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

test('a trimmed span covers exactly what trim() keeps, from the start or from any point in the line', () => {
  fc.assert(
    fc.property(lineText, fc.nat({ max: 40 }), fc.nat({ max: 200 }), (text, from, start) => {
      const line = { index: 0, start, end: start + text.length, next: start + text.length, text };
      const whole = trimmedSpan(line);
      assert.equal(text.slice(whole.start - start, whole.end - start), text.trim());
      const at = Math.min(from, text.length);
      const part = trimmedSpanFrom(line, at);
      assert.equal(text.slice(part.start - start, part.end - start), text.slice(at).trim());
      assert.ok(part.start >= start + at && part.end >= part.start);
    }),
  );
});

test('a word count is the number of parts split(/\\s+/) cuts a trimmed text into', () => {
  fc.assert(fc.property(lineText, (text) => assert.equal(wordCount(text.trim()), text.trim().split(/\s+/).length)));
  assert.equal(wordCount('What I found'), 3);
  assert.equal(wordCount('Agreed \u00a0 action'), 2);
  assert.equal(wordCount(''), 1);
});

test('splitLines keeps every offset true, whichever line ends a draft uses', () => {
  fc.assert(
    fc.property(fc.array(lineText, { maxLength: 8 }), lineText, fc.constantFrom('\n', '\r\n', '\r'), (lines, last, eol) => {
      const text = lines.map((t) => t + eol).join('') + last;
      const split = splitLines(text);
      assert.deepEqual(split.map((l) => l.text), [...lines, last]);
      split.forEach((line, i) => {
        assert.equal(line.index, i);
        assert.equal(text.slice(line.start, line.end), line.text);
        assert.equal(line.next, i === split.length - 1 ? text.length : split[i + 1]!.start);
      });
    }),
  );
});

test('headings in plain words and in typed variations normalise alike', () => {
  assert.equal(normaliseHeading('What I found'), 'what i found');
  assert.equal(normaliseHeading('What  I found:'), 'what i found');
  assert.equal(normaliseHeading('The Ombudsman\u2019s role and powers'), "the ombudsman's role and powers");
  assert.equal(normaliseHeading(' Agreed action'), 'agreed action');
  assert.equal(normaliseHeading('Agreed action '), 'agreed action');
  assert.equal(normaliseHeading('Back`tick'), "back'tick");
  assert.equal(normaliseHeading('Final decision \u2013 summary'), 'final decision - summary');
  assert.equal(normaliseHeading(''), '');
});

test('ascending offsets counted from where the last count ended give what halving gives, whatever order they are asked in', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 40 }), fc.array(fc.integer({ min: -5, max: 210 }), { maxLength: 60 }), (values, asked) => {
      const sorted = values.sort((a, b) => a - b);
      const offsets = new AscendingOffsets(sorted);
      // In text order, as the citation binder asks, and then in the order given.
      for (const offset of [...[...asked].sort((a, b) => a - b), ...asked]) assert.equal(offsets.countAtMost(offset), countAtMost(sorted, offset));
    }),
  );
});
