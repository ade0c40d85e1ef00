import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { citationAt, citationsOf, configFromLayers, DocumentMemo, lint, modelOf, parseDecision, validateConfigFile, type Citation } from '../../server/src/core/index';
import { lgscoProfile } from '../../server/src/core/profile/compile';
import { builtInCatalogue, provisionKey, type ProvisionTarget } from '../../server/src/core/citations/catalogue';
import { catalogueSchema } from '../../server/src/core/citations/schema';
import { powersHouse, themesOf } from '../../server/src/core/citations/powers';
import statutes from '../../server/src/core/citations/statutes.json';
import { CONTINUOUS_DRAFT, WEB_COPY } from '../helpers/drafts';
import { dedent } from '../helpers/dedent';
import { applyMutation, mutation, type Mutation } from '../property/mutations';

const parse = (text: string) => parseDecision(text, lgscoProfile());

/** A citation as one line: its text, how its Act was found, the Act, and each provision. */
function summary(text: string, citation: Citation): string {
  const act = citation.act ? `${citation.act.title} ${citation.act.year}` : citation.mention ? `${citation.mention.title} ${citation.mention.year}?` : '-';
  return `${text.slice(citation.span.start, citation.span.end)} | ${citation.binding} | ${act} | ${citation.provisions.map(provisionKey).join(', ')}`;
}

function citations(text: string): string[] {
  return [...citationsOf(parse(text))].map((c) => summary(text, c));
}

const FORMS: [string, string[]][] = [
  ['(Local Government Act 1974, sections 26(1) and 26A(1), as amended)', ['Local Government Act 1974, sections 26(1) and 26A(1) | named | Local Government Act 1974 | 26(1), 26A(1)']],
  ['(Local Government Act 1974, section 30(1B) and 34H(i), as amended)', ['Local Government Act 1974, section 30(1B) and 34H(i) | named | Local Government Act 1974 | 30(1B), 34H(1)']],
  ['Enquiries under section 47 of the Children Act 1989.', ['section 47 of the Children Act 1989 | named | Children Act 1989 | 47']],
  ['The duty in s.41 of the Highways Act 1980.', ['s.41 of the Highways Act 1980 | named | Highways Act 1980 | 41']],
  ['A nuisance (section 79, Environmental Protection Act 1990).', ['section 79, Environmental Protection Act 1990 | named | Environmental Protection Act 1990 | 79']],
  ['(Children Act 1989, section 17)', ['Children Act 1989, section 17 | named | Children Act 1989 | 17']],
  ['Under the Local Government Act 1974, sections 26B and 34D apply.', ['Local Government Act 1974, sections 26B and 34D | named | Local Government Act 1974 | 26B, 34D']],
  ['(Local Government Act 1974, Schedule 5, paragraph 5(2), as amended)', ['Local Government Act 1974, Schedule 5, paragraph 5(2) | named | Local Government Act 1974 | Schedule 5 paragraph 5(2)']],
  ['(Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)', ['Local Government Act 1974, Schedule 5/5A, paragraph 1/3 | named | Local Government Act 1974 | Schedule 5 paragraph 1, Schedule 5A paragraph 3']],
  ['Care orders (Children Act 1989, sections 33-35 and 43 to 44).', ['Children Act 1989, sections 33-35 and 43 to 44 | named | Children Act 1989 | 33, 34, 35, 43, 44']],
  ['(Local Government Act 1974, sections 34B, 34C and 34H(3 and 4), as amended)', ['Local Government Act 1974, sections 34B, 34C and 34H(3 and 4) | named | Local Government Act 1974 | 34B, 34C, 34H(3), 34H(4)']],
  ['Courts (Local Government Act 1974, section 26(6)(c), as amended).', ['Local Government Act 1974, section 26(6)(c) | named | Local Government Act 1974 | 26(6)(c)']],
  ['(Local Government Act 1974, sections 24A(6) and (7), as amended)', ['Local Government Act 1974, sections 24A(6) and (7) | named | Local Government Act 1974 | 24A(6), 24A(7)']],
  ['section 26(6)(a), (b) and (c) of the Local Government Act 1974', ['section 26(6)(a), (b) and (c) of the Local Government Act 1974 | named | Local Government Act 1974 | 26(6)(a), 26(6)(b), 26(6)(c)']],
  ['Paragraph 3 of Schedule 2 to the Care Act 2014 applies.', ['Paragraph 3 of Schedule 2 to the Care Act 2014 | named | Care Act 2014 | Schedule 2 paragraph 3']],
  ['ss. 20 and 22 of the Children Act 1989', ['ss. 20 and 22 of the Children Act 1989 | named | Children Act 1989 | 20, 22']],
  ['Best interests (MCA 2005, s4).', ['MCA 2005, s4 | named | Mental Capacity Act 2005 | 4']],
  [
    'The Anti-social Behaviour, Crime and Policing Act 2014, section 104 and the Housing (Wales) Act 2014.',
    ['Anti-social Behaviour, Crime and Policing Act 2014, section 104 | named | Anti-social Behaviour, Crime and Policing Act 2014 | 104', 'Housing (Wales) Act 2014 | named | Housing (Wales) Act 2014? | '],
  ],
  ['In March, the Localism Act 2011 changed it.', ['Localism Act 2011 | named | Localism Act 2011? | ']],
  // A title's words parted by a line break, two spaces, a tab or a no-break space are one title.
  ['Under the Local\nGovernment  Act 1974, section 26(1) applies.', ['Local\nGovernment  Act 1974, section 26(1) | named | Local Government Act 1974 | 26(1)']],
  ['See (Children\tand Families Act 2014, section 19).', ['Children\tand Families Act 2014, section 19 | named | Children and Families Act 2014 | 19']],
  // The abbreviation the Act is defined as is a mention of its own, inside the first one's defined term.
  [
    'Under the Mental Capacity Act 2005 (MCA 2005) section 4 applies; MCA 2005, s5 too.',
    ['Mental Capacity Act 2005 (MCA 2005) section 4 | named | Mental Capacity Act 2005 | 4', 'MCA 2005 | named | Mental Capacity Act 2005 | ', 'MCA 2005, s5 | named | Mental Capacity Act 2005 | 5'],
  ],
  ['Decided under the Housing (Wales)\u00a0Act 2014, section 66.', ['Housing (Wales)\u00a0Act 2014, section 66 | named | Housing (Wales) Act 2014? | 66']],
];

for (const [text, expected] of FORMS) {
  test(`the citation parser reads "${text}"`, () => {
    assert.deepEqual(citations(text), expected);
  });
}

test('a citation\'s targets are what its provisions point at, in their order, and plain groups written alike share theirs', () => {
  const key = (t: ProvisionTarget) => `${t.schedule ?? ''}|${t.paragraph ?? ''}|${t.section ?? ''}|${t.path.join('.')}`;
  const forms = FORMS.map(([form]) => form).join('\n\n');
  for (const citation of citationsOf(parse(forms))) {
    assert.deepEqual(citation.targets.map(key), citation.provisions.map(key), forms.slice(citation.span.start, citation.span.end));
  }
  const alike = 'Under section 17 of the Children Act 1989. Also section 17 of the Act. See s 17(1). Again, s 17(1).';
  const [first, second, third, fourth] = [...citationsOf(parse(alike))].filter((c) => c.provisions.length > 0);
  assert.equal(first!.targets, second!.targets);
  assert.equal(third!.targets, fourth!.targets);
  assert.notEqual(second!.targets, third!.targets);
  assert.deepEqual(third!.targets.map(key), ['||17|1']);
});

test('citations come in text order when one bound to an Act named before it starts ahead of the one before it', () => {
  // "s 5" takes the Act named before its defined term, so it starts before "section 17", inside the term.
  const text = 'The Children Act 1989 (the section 17 Act), s 5.';
  assert.deepEqual(citations(text), ['Children Act 1989 (the section 17 Act), s 5 | named | Children Act 1989 | 5', 'section 17 | nearby | Children Act 1989 | 17']);
  // With an Act named alone as well, which is merged in among the chains.
  assert.deepEqual(citations(`${text} See the Care Act 2014.`).map((c) => c.split(' | ')[0]), ['Children Act 1989 (the section 17 Act), s 5', 'section 17', 'Care Act 2014']);
});

test('a keyword that ends as the one before it did is read whole: "ss 12" after "s 5"', () => {
  const text = 'Under the Children Act 1989, s 5 and ss 12 and 13, then Sch. 2 and sch. 3, apply.';
  const keywords = [...citationsOf(parse(text))].flatMap((c) => c.groups).map((g) => text.slice(g.keyword.span.start, g.keyword.span.end));
  assert.deepEqual(keywords, ['s ', 'ss ', 'Sch. ', 'sch. ']);
});

test('the citations within a span are those wholly inside it, from one starting at its start', () => {
  const text = 'Section 1 of the Children Act 1989 and s 2. Then s 3 (Care Act 2014, s 4).';
  const citations = citationsOf(parse(text));
  const within = (start: number, end: number) => citations.within({ start, end }).map((c) => text.slice(c.span.start, c.span.end));
  const s2 = text.indexOf('s 2');
  assert.deepEqual(within(0, s2 + 3), ['Section 1 of the Children Act 1989', 's 2']);
  assert.deepEqual(within(0, s2 + 2), ['Section 1 of the Children Act 1989']);
  assert.deepEqual(within(text.indexOf('s 3'), text.length), ['s 3', 'Care Act 2014, s 4']);
  assert.equal(within(1, text.length).length, 3);
});

test('"the Act" is the Act last defined as "the Act" before it, and "the 1996 Act" the last Act of 1996', () => {
  const text = 'The Children Act 1989 (the Act) and the Housing Act 1996 apply. Later the Care Act 2014 (the Act) and the Housing Act 1985 apply: section 1 of the Act, section 2 of the 1996 Act and section 3 of that Act.';
  assert.deepEqual(citations(text).filter((c) => c.includes('| referred |')), [
    'section 1 of the Act | referred | Care Act 2014 | 1',
    'section 2 of the 1996 Act | referred | Housing Act 1996 | 2',
    'section 3 of that Act | referred | Housing Act 1985 | 3',
  ]);
});

test('a list of one number reads the same as the list reader reads what may go on after it', () => {
  // The commonest lists (one number, perhaps one level of path) are read by a shorter way, which must
  // hand every list that goes on, and only those, to the list reader.
  const provisions = (tail: string) => [...citationsOf(parse(`Under the Children Act 1989 ${tail}`))].flatMap((c) => c.provisions).map(provisionKey);
  const cases: [string, string[]][] = [
    ['section 12 of the Act.', ['12']],
    ['section 12 order, then section 13 today.', ['12', '13']],
    ['section 12 or 13.', ['12', '13']],
    ['section 12 and 13.', ['12', '13']],
    ['section 12, 13.', ['12', '13']],
    ['section 12 & 13.', ['12', '13']],
    ['section 12 to 14.', ['12', '13', '14']],
    ['section 12 \u2013 14.', ['12', '13', '14']],
    ['section 12-14.', ['12', '13', '14']],
    ['section 12(1) and (2).', ['12(1)', '12(2)']],
    ['section 12(1)(a).', ['12(1)(a)']],
    ['section 12(1) (see below).', ['12(1)']],
    ['s 1(2)[3] applies.', ['1(2)']],
    ['section 12', ['12']],
    ['section 12(1)', ['12(1)']],
  ];
  for (const [tail, expected] of cases) assert.deepEqual(provisions(tail), expected, tail);
});

test('each provision spans what it names as written: its number, and each level of its path', () => {
  const spans = (text: string) =>
    [...citationsOf(parse(text))].flatMap((c) => c.provisions).map((p) => {
      const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
      const schedule = p.scheduleSpan === undefined ? '' : `${at(p.scheduleSpan)} `;
      return `${schedule}${at(p.idSpan)} ${at(p.span)} ${p.pathSpans.map(at).join('/')}`.trim();
    });
  assert.deepEqual(spans('(Local Government Act 1974, sections 34B, 34C and 34H(3 and 4), as amended)'), ['34B 34B', '34C 34C', '34H 34H(3 and 4) 3', '34H 34H(3 and 4) 4']);
  assert.deepEqual(spans('section 26(6)(a), (b) and (c) of the Local Government Act 1974'), ['26 26(6)(a) 6/a', '26 (b) 6/b', '26 (c) 6/c']);
  assert.deepEqual(spans('(Local Government Act 1974, Schedule 5/5A, paragraph 1/3(2), as amended)'), ['5 1 1 2', '5A 3 3(2) 2']);
  assert.deepEqual(spans('Care orders (Children Act 1989, sections 33-35).'), ['33 33', '33-35 33-35', '35 35']);
});

test('provisions with the same one-level path share it, each with spans of its own', () => {
  // A text dense with citations kept one such path per citation, about a quarter of what each citation kept.
  const text = 'Under sections 26(1) and 34(1), and section 26(6)(a) of the Local Government Act 1974.';
  const [first, second, deeper] = [...citationsOf(parse(text))].flatMap((c) => c.provisions);
  assert.deepEqual([first!.path, second!.path, deeper!.path], [['1'], ['1'], ['6', 'a']]);
  assert.equal(first!.path, second!.path);
  assert.ok(Object.isFrozen(first!.path), 'a shared path cannot be changed by one of its readers');
  assert.deepEqual([first!.pathSpans, second!.pathSpans].map((spans) => spans.map((s) => text.slice(s.start - 1, s.end + 1))), [['(1)'], ['(1)']]);
  assert.notEqual(first!.pathSpans[0]!.start, second!.pathSpans[0]!.start);
});

test('"the Act" and "the 1989 Act" refer back to the Act defined or named earlier', () => {
  const text = 'The Children Act 1989 (the Act) and the Care Act 2014 apply. Under section 17 of the Act and section 47 of the 1989 Act the Council must act; see also section 42 of that Act.';
  assert.deepEqual(citations(text), [
    'Children Act 1989 | named | Children Act 1989 | ',
    'Care Act 2014 | named | Care Act 2014 | ',
    'section 17 of the Act | referred | Children Act 1989 | 17',
    'section 47 of the 1989 Act | referred | Children Act 1989 | 47',
    'section 42 of that Act | referred | Care Act 2014 | 42',
  ]);
});

test('a bare section binds to the Act last named in the same house section, and stays unresolved in another', () => {
  const text = dedent(`
    The complaint

    1. Mr B complains about the s47 enquiries.

    What I found

    Relevant law

    2. The Council must make enquiries (Children Act 1989, section 47).

    What happened

    3. The Council started S47 enquiries.

    Final decision

    4. The section 47 enquiries were late.
  `);
  assert.deepEqual(citations(text), [
    's47 | none | - | 47',
    'Children Act 1989, section 47 | named | Children Act 1989 | 47',
    'S47 | nearby | Children Act 1989 | 47',
    'section 47 | none | - | 47',
  ]);
});

test('numbers that follow a citation but are not provisions, and possessives, are left out', () => {
  assert.deepEqual(citations('Enquiries under section 47 and 15 working days later; the Council\'s 12 officers.'), ['section 47 | none | - | 47']);
  assert.deepEqual(citations('See paragraph 12 and paragraph 5(2).'), []);
});

test('citations in website clutter and directive comments are not read', () => {
  const text = 'Back to top\n<!-- decision-lint-disable-next-line citation-style -- s47 of the Children Act 1989 -->\nsection 17 of the Children Act 1989\n';
  assert.deepEqual(citations(text), ['section 17 of the Children Act 1989 | named | Children Act 1989 | 17']);
});

test('each provision carries its legislation.gov.uk address and the catalogue\'s description, for hovers', () => {
  const text = '(Local Government Act 1974, section 26A(1) and Schedule 5, paragraph 5(2), as amended)';
  const model = modelOf(text);
  const offset = text.indexOf('26A');
  const found = citationAt(model, offset);
  assert.ok(found?.provision);
  assert.equal(found.citation.address, 'https://www.legislation.gov.uk/ukpga/1974/7/contents');
  assert.equal(found.provision.address, 'https://www.legislation.gov.uk/ukpga/1974/7/section/26A');
  assert.match(found.provision.description ?? '', /Who may complain/);
  assert.equal(text.slice(found.provision.span.start, found.provision.span.end), '26A(1)');
  const schedule = citationAt(model, text.indexOf('5(2)'))!.provision!;
  assert.equal(schedule.address, 'https://www.legislation.gov.uk/ukpga/1974/7/schedule/5/paragraph/5');
  assert.equal(citationAt(model, text.indexOf('as amended')), undefined);
});

test('a hover on a number of a range of sections finds that section, not the range around it', () => {
  const text = 'The Council must act under sections 17 to 20 of the Children Act 1989.';
  const model = modelOf(text);
  const sectionAt = (written: string) => citationAt(model, text.indexOf(written) + 1)?.provision?.section;
  assert.deepEqual([sectionAt('17'), sectionAt('20')], ['17', '20']);
});

test('the catalogue describes what decisions on adult care, SEND, homelessness, council tax and parking cite', () => {
  const text = [
    'The Council must review the plan (Care Act 2014, section 27) and arrange an advocate (Care Act 2014, section 67).',
    'It must review the EHC plan every year (section 44 of the Children and Families Act 2014).',
    'An applicant may appeal on a point of law (Housing Act 1996, section 204).',
    'A person may appeal to a valuation tribunal (Local Government Finance Act 1992, section 16).',
    'The Secretary of State publishes guidance (Traffic Management Act 2004, section 87).',
  ].join('\n\n');
  const model = modelOf(text);
  const described = (section: string) => citationAt(model, text.indexOf(`section ${section}`) + 'section '.length)?.provision?.description ?? '(none)';
  assert.deepEqual(
    ['27', '67', '44', '204', '16', '87'].map(described),
    [
      "A council's duty to keep care and support plans and support plans under review, and to revise them when circumstances change.",
      "A council's duty to arrange an independent advocate for a person who would have substantial difficulty in being involved in an assessment or plan.",
      "A council's duty to review an EHC plan at least once every 12 months, and when it must re-assess the child's or young person's needs.",
      'The right to appeal to the county court, on a point of law, against a homelessness review decision.',
      'The right to appeal to a valuation tribunal against a decision that a person is liable for council tax, or against how it was calculated.',
      'Guidance to councils on the civil enforcement of traffic contraventions.',
    ],
  );
});

test('citations are parsed once per model', () => {
  const model = parse(CONTINUOUS_DRAFT);
  assert.equal(citationsOf(model), citationsOf(model));
});

test('the statute catalogue validates and has the chapter numbers of the Acts decisions cite', () => {
  assert.doesNotThrow(() => catalogueSchema().parse(statutes));
  const chapters = Object.fromEntries(builtInCatalogue().acts.map((a) => [`${a.title} ${a.year}`, a.chapter]));
  assert.deepEqual(
    { lga: chapters['Local Government Act 1974'], children: chapters['Children Act 1989'], care: chapters['Care Act 2014'], housing: chapters['Housing Act 1996'], highways: chapters['Highways Act 1980'], equality: chapters['Equality Act 2010'] },
    { lga: 7, children: 41, care: 23, housing: 52, highways: 66, equality: 15 },
  );
});

test('every built-in Act knows its last section and schedule, and lists none beyond them', () => {
  const number = (id: string) => Number(/^\d+/.exec(id)![0]);
  const outside: string[] = [];
  for (const act of builtInCatalogue().acts) {
    const sections = [...Object.keys(act.sections), ...act.parts.flatMap((p) => p.sections)];
    for (const id of sections) if (number(id) > (act.lastSection ?? Infinity)) outside.push(`${act.title} ${act.year} section ${id}`);
    for (const id of Object.keys(act.schedules)) if (/^\d+$/.test(id) && number(id) > (act.lastSchedule ?? Infinity)) outside.push(`${act.title} ${act.year} Schedule ${id}`);
  }
  assert.deepEqual(outside, []);
  const endless = builtInCatalogue().acts.filter((a) => a.lastSection === undefined || a.lastSchedule === undefined).map((a) => `${a.title} ${a.year}`);
  assert.deepEqual(endless, [], 'every built-in Act says where its sections and schedules end');
});

test('every provision the house cites in its role and powers exists in the catalogue', () => {
  const catalogue = builtInCatalogue();
  const house = powersHouse();
  const act = catalogue.titled(house.act.title).find((a) => a.year === house.act.year)!;
  for (const theme of house.themes) {
    const model = parse(`(${house.act.title} ${house.act.year}, ${theme.citation}, as amended)`);
    const provisions = [...citationsOf(model, catalogue)].flatMap((c) => c.provisions);
    assert.deepEqual(new Set(provisions.map(provisionKey)), theme.keys, theme.id);
    for (const provision of provisions) assert.notEqual(catalogue.exists(act, provision).kind, 'missing', `${theme.id}: ${provisionKey(provision)}`);
  }
});

test('a standard paragraph read again, or under another list of themes, gets the themes of that list', () => {
  const { themes } = powersHouse();
  const paragraph = 'If we are satisfied with a council\u2019s actions or proposed actions, we can complete our investigation and issue a decision statement.';
  const ids = (found: readonly { id: string }[]) => found.map((t) => t.id);
  const first = ids(themesOf(paragraph, themes));
  assert.ok(first.length > 0, 'the paragraph has a theme');
  assert.deepEqual(ids(themesOf(paragraph, themes)), first);
  // Straight and curly apostrophes, and doubled spaces, are one paragraph to the themes.
  assert.deepEqual(ids(themesOf(paragraph.replace('\u2019', "'").replace('we can', 'we  can'), themes)), first);
  const others = themes.filter((t) => !first.includes(t.id));
  assert.deepEqual(ids(themesOf(paragraph, others)), []);
  assert.deepEqual(ids(themesOf(paragraph, themes)), first);
});

test('an office adds an Act, or extends one, in its config and the citation rules use it', () => {
  const text = dedent(`
    What I found

    1. The Council has a general power of competence (Localism Act 2011, section 1), but not under section 300 of that Act.

    2. The Council relied on section 35 of the Local Government Act 1974.
  `);
  const config = configFromLayers([
    {
      source: '.decision-lintrc.json',
      config: {
        statutes: [
          { title: 'Localism Act', year: 2011, chapter: 20, type: 'ukpga', lastSection: 241, aliases: [], parts: [], sections: { 1: { description: 'A general power of competence.', subsectionsComplete: false } }, schedules: {} },
          { title: 'Local Government Act', year: 1974, chapter: 7, type: 'ukpga', aliases: [], parts: [], sections: { 35: { description: 'Miscellaneous powers.', subsections: { 1: [] }, subsectionsComplete: true } }, schedules: {} },
        ],
      },
    },
  ]);
  const ids = (t: string) => lint(t, config).messages.filter((m) => m.ruleId.startsWith('citation-')).map((m) => `${m.ruleId} ${m.message}`);
  assert.deepEqual(ids(text), ['citation-no-such-provision There is no section 300 in the Localism Act 2011.']);
  assert.deepEqual(ids(text.replace('section 35 of', 'section 35(2) of')), [
    'citation-no-such-provision There is no section 300 in the Localism Act 2011.',
    'citation-no-such-provision Section 35 of the Local Government Act 1974 has no subsection (2).',
  ]);
  assert.deepEqual(ids(WEB_COPY), []);
  assert.ok(lint(text).messages.some((m) => m.ruleId === 'citation-unknown-act'), 'without the config the Act is unknown');
});

test('a statute in the config is checked against the catalogue\'s schema', () => {
  assert.throws(() => validateConfigFile({ statutes: [{ title: 'Localism Act', year: 2011 }] }, '.decision-lintrc.json'), /statutes\.0\.chapter/);
  assert.throws(() => validateConfigFile({ statutes: [{ title: 'Localism Act', year: 2011, chapter: 20, sections: { '1': {} } }] }, '.decision-lintrc.json'), /statutes\.0\.sections\.1\.description/);
});

/** Pieces of citations that, inserted anywhere, leave a citation half-typed or doubled. */
const CITATION_PIECES = ['(', ')', '/', ',', ' and ', ' to ', '-', 's', 'S', 'section ', 'Schedule ', 'paragraph ', 'Act ', '1974', '26A', '(i)', '(3 and 4)', ' of the Act', ' (the Act)', 'the ', 'Local Government '];

const citationDamage: fc.Arbitrary<Mutation> = fc.oneof(
  mutation,
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...CITATION_PIECES) }),
);

function assertInside(text: string, citation: Citation): void {
  const spans = [
    citation.span,
    citation.mention?.span,
    citation.mention?.yearSpan,
    citation.mention?.definedAs?.span,
    ...citation.groups.flatMap((g) => [g.span, g.keyword.span]),
    ...citation.provisions.flatMap((p) => [p.span, p.idSpan, p.scheduleSpan, ...p.pathSpans]),
  ];
  for (const span of spans) {
    if (span === undefined) continue;
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} outside 0-${text.length}`);
  }
}

test('damaged and truncated drafts never make the citation parser throw or give a span outside the text', () => {
  const sources = [CONTINUOUS_DRAFT, WEB_COPY, FORMS.map(([t]) => t).join('\n\n')];
  fc.assert(
    fc.property(fc.constantFrom(...sources), fc.array(citationDamage, { maxLength: 8 }), (source, damage) => {
      const text = damage.reduce(applyMutation, source);
      for (const citation of citationsOf(parse(text))) assertInside(text, citation);
    }),
    { numRuns: Number(process.env.DECISION_LINT_PROPERTY_RUNS ?? 400) },
  );
});

test('the parser stays linear on text built to make a backtracking parser slow', () => {
  const hostile = [
    'section 1('.repeat(20000),
    'Act 1974 '.repeat(20000),
    'A '.repeat(40000) + 'Act 1990',
    `sections ${'1, '.repeat(20000)}2`,
    'Schedule 5/'.repeat(20000),
    `(${'('.repeat(30000)}Local Government Act 1974, section 26`,
  ];
  for (const text of hostile) {
    const started = performance.now();
    citationsOf(parse(text));
    assert.ok(performance.now() - started < 2000, `took too long on ${JSON.stringify(text.slice(0, 30))}`);
  }
});

test('a text naming more Acts and citing more sections than one call can take as arguments reads alike afresh and after an edit', () => {
  // 140,000 of each: a spread of that many into a push overflows the stack, where a lint that keeps
  // the last lint's scans joins the kept and the new ones.
  const text = `${CONTINUOUS_DRAFT}\n\n${'Children Act 1989 s 17. '.repeat(140_000)}`;
  const before = text.replace('Mr B complained', 'Mr D complained');
  assert.notEqual(before, text);
  const memo = new DocumentMemo();
  lint(before, undefined, { remembered: memo });
  const remembered = citationsOf(lint(text, undefined, { remembered: memo }).model);
  const fresh = citationsOf(modelOf(text));
  assert.equal(remembered.length, fresh.length);
  assert.ok([...fresh.bound()].filter((c) => c.binding === 'named' && c.act?.year === 1989).length >= 140_000);
  for (const i of [0, 1000, fresh.length - 1]) assert.equal(summary(text, remembered.at(i)), summary(text, fresh.at(i)));
});
