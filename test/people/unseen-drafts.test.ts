/**
 * The findings of the people rules on two drafts written for the tests, each with pseudonym slips and
 * every kind of personal data (test/helpers/drafts-with-personal-data.ts), written down with the text
 * each one covers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/core/index';
import { HOMELESSNESS, SAFEGUARDING } from '../helpers/drafts-with-personal-data';
import { onlyRule } from '../helpers/rule-tester';

const PEOPLE_RULES = ['pseudonym-drift', 'pseudonym-shared-letter', 'personal-data-contact', 'personal-data-identifier', 'personal-data-name'];

/** Each finding of the people rules as "rule line:column text", the text being what its range covers. */
function findings(text: string): string[] {
  const lines = text.split('\n');
  const config = onlyRule(PEOPLE_RULES[0]!, { name: 'people', text, alsoOn: PEOPLE_RULES.slice(1) });
  return lint(text, config).messages.map((m) => {
    assert.equal(m.endLine, m.line, `${m.ruleId} spans lines`);
    return `${m.ruleId} ${m.line}:${m.column} ${lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1)}`;
  });
}

test('a web copy\'s pseudonym slips and personal data are each reported at their line and column', () => {
  assert.deepEqual(findings(SAFEGUARDING), [
    'personal-data-name 16:40 Karen Whitlock',
    'personal-data-contact 24:91 07700 900123',
    'personal-data-contact 24:110 j.smith@example.co.uk',
    'personal-data-contact 30:35 14 Larkspur Avenue',
    'personal-data-contact 30:65 RV4 2DP',
    'personal-data-identifier 30:112 03/06/1938',
    'personal-data-identifier 30:145 943 476 5919',
    'pseudonym-drift 31:88 Miss G', // a child given a title
    'pseudonym-drift 32:6 Ms X', // the complainant, introduced as Mrs X
    'personal-data-identifier 32:69 44/19283/23',
    'pseudonym-drift 33:6 Mr X', // her husband, given her letter
    'personal-data-identifier 33:85 JT 48 29 17 B',
    'personal-data-name 34:42 Mr Patel',
    'pseudonym-drift 35:24 Dr Y', // the GP, given her father's letter
  ]);
});

test('a draft\'s letter used for two people, and a child given the complainant\'s letter, are reported with its personal data', () => {
  assert.deepEqual(findings(HOMELESSNESS), [
    'pseudonym-shared-letter 17:30 Mrs D',
    'pseudonym-drift 17:55 D', // his daughter
    "personal-data-name 25:108 Tom O'Neill",
    'personal-data-contact 31:42 27 Mill Lane',
    'personal-data-contact 31:66 KM2 8QT',
    'personal-data-identifier 31:127 12 March 1951',
    'personal-data-identifier 33:99 2023/HB/1187',
    'personal-data-contact 33:134 dee.family@mailbox.org',
    'personal-data-contact 35:45 +44 20 7946 0958',
    'personal-data-name 37:33 Aisha Rahman-Clarke',
  ]);
});

test('with the slips put right, the same drafts give the people rules nothing to report', () => {
  const tidy = (text: string, edits: [string, string][]) => edits.reduce((t, [from, to]) => t.replaceAll(from, to), text);
  const safeguarding = tidy(SAFEGUARDING, [
    ['Karen Whitlock', 'Officer W'], [' on 07700 900123 or at j.smith@example.co.uk', ''], ['Care Home 1, 14 Larkspur Avenue, Riverside RV4 2DP,', 'Care Home 1'],
    [' His date of birth is 03/06/1938 and his NHS number is 943 476 5919.', ''], ['Miss G', 'G'], ['Ms X', 'Mrs X'], [' The police crime reference 44/19283/23 was given to her.', ''],
    ['Mr X, her husband', 'Mr Z, her husband'], [' His National Insurance number is JT 48 29 17 B.', ''], ['Mr Patel', 'Officer V'], ['Dr Y', 'Dr W'],
  ]);
  const homelessness = tidy(HOMELESSNESS, [
    ['Mrs D', 'Mrs E'], ['daughter, D,', 'daughter, F,'], ['D was unwell', 'F was unwell'], ["Tom O'Neill", 'Officer S'], ['at Flat 3, 27 Mill Lane, Kingsmoor KM2 8QT', 'in private rented housing'],
    [' Mrs E was born on 12 March 1951.', ''], [' The Council gave the application their reference number 2023/HB/1187 and wrote to Mrs E at dee.family@mailbox.org.', ''],
    [' on +44 20 7946 0958', ''], ['Aisha Rahman-Clarke', 'Officer R'],
  ]);
  assert.deepEqual([...findings(safeguarding), ...findings(homelessness)], []);
});

test('a real name with a title is offered a pseudonym with a letter no one has and not its initials, then a placeholder; one without, only the placeholder', () => {
  const offered = (text: string) =>
    lint(text, onlyRule('personal-data-name', { name: 'names', text })).messages.map((m) => `${m.message.slice(m.message.indexOf('"') + 1, m.message.indexOf('".'))}: ${m.suggestions!.map((s) => s.description).join(' | ')}`);
  // Mrs X, Mr Y, G and Officer Z are taken, and P is Mr Patel's own initial.
  assert.deepEqual(offered(SAFEGUARDING), ['Karen Whitlock: Replace with "[name]"', 'Mr Patel: Replace with "Mr W" | Replace with "[name]"']);
  // Y and Z, the first letters offered, are Mrs Young's own initials.
  assert.deepEqual(offered(HOMELESSNESS.replace('a housing officer, Aisha Rahman-Clarke', 'Mrs Zara Young')), [
    "Tom O'Neill: Replace with \"[name]\"",
    'Mrs Zara Young: Replace with "Mrs W" | Replace with "[name]"',
  ]);
});
