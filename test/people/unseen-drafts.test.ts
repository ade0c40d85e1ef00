/**
 * Two drafts written for this test, unlike the house drafts the rule tables build on: a web copy
 * with curly apostrophes and restarting numbers, and a continuously numbered draft. Each carries
 * pseudonym slips and every kind of personal data; the findings of the people rules are written down
 * with the text each one covers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/core/index';
import { dedent } from '../helpers/dedent';
import { onlyRule } from '../helpers/rule-tester';

/** A safeguarding complaint: a complainant's title drifts, a child is given a title, her father's letter is given to the GP. */
const SAFEGUARDING = dedent(`
  Riverside City Council (24 011 207)

  Category : Adult care services > Safeguarding

  Decision : Upheld

  Decision date : 17 Feb 2025

  The Ombudsman’s final decision:

  Summary: Mrs X complained the Council did not properly investigate her concerns about the care home where her father lived. We found fault. The Council has agreed to apologise and pay Mrs X £300.

  The complaint

    1. I have called the complainant Mrs X. She complains the Council did not investigate her safeguarding concerns about her father, Mr Y, while he lived at Care Home 1.
    2. Mrs X says the Council’s officer, Karen Whitlock, told her the concerns were closed without speaking to her.

  The Ombudsman’s role and powers

    1. We investigate complaints about ‘maladministration’ and ‘service failure’. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

  How I considered this complaint

    1. I considered the information Mrs X and the Council provided. Mrs X can be reached on 07700 900123 or at j.smith@example.co.uk.

  What I found

  What happened

    1. Mr Y moved into Care Home 1, 14 Larkspur Avenue, Riverside RV4 2DP, in January 2023. His date of birth is 03/06/1938 and his NHS number is 943 476 5919.
    2. In March 2023 Mrs X’s granddaughter, G, visited and found bruising on Mr Y’s arm. Miss G told staff.
    3. Ms X raised a safeguarding concern. The police crime reference 44/19283/23 was given to her.
    4. Mr X, her husband, also wrote to the Council. His National Insurance number is JT 48 29 17 B.
    5. The Council’s safeguarding manager, Mr Patel, closed the concern in April 2023 after speaking to Officer Z at the home.
    6. Mrs X complained. Dr Y, the home’s GP, told the Council Mr Y had no injuries.

  Analysis

    1. The Council closed the concern without speaking to Mrs X or G. That was fault.

  Agreed action

    1. Within one month of the final decision, the Council has agreed to apologise to Mrs X and pay her £300.

  Final decision

    1. There was fault by the Council which caused Mrs X an injustice.

  Investigator’s decision on behalf of the Ombudsman
`);

/** A homelessness complaint: the complainant's wife and daughter are given his letter. */
const HOMELESSNESS = dedent(`
  Kingsmoor District Council (23 019 664)

  Category : Housing > Homelessness

  Decision : Not upheld

  Decision date : 30 Apr 2024

  The Ombudsman's final decision:

  Summary: Mr D complained the Council did not help his family when they were threatened with homelessness. We did not find fault in how the Council dealt with his application.

  The complaint

  1. The complainant, whom I shall refer to as Mr D, complains the Council delayed his homelessness application and did not offer his family suitable interim accommodation.

  2. Mr D lives with his wife, Mrs D, and his daughter, D, who is nine.

  The Ombudsman's role and powers

  3. We investigate complaints about 'maladministration' and 'service failure'. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

  How I considered this complaint

  4. I considered the information Mr D and the Council provided, including a letter from his support worker, Tom O'Neill.

  What I found

  What happened

  5. Mr D and Mrs D were living at Flat 3, 27 Mill Lane, Kingsmoor KM2 8QT when their landlord served notice. Mrs D was born on 12 March 1951.

  6. Mrs D applied to the Council for help. The Council gave the application their reference number 2023/HB/1187 and wrote to Mrs D at dee.family@mailbox.org.

  7. On 4 July 2023 Mrs D rang the Council on +44 20 7946 0958. D was unwell and missed school.

  8. Mr D says a housing officer, Aisha Rahman-Clarke, told him the Council could not help. The Council's notes record that Grace Road and Victoria House were both considered.

  Analysis

  9. The Council made enquiries promptly and offered the family accommodation at Victoria House. I have not found fault.

  Final decision

  10. I have completed my investigation. There was no fault by the Council.

  Investigator's decision on behalf of the Ombudsman
`);

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
