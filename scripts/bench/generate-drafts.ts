/**
 * Generates realistic decision drafts for benchmarks: every house section, sub-headings, nested lists,
 * bullets, citations and remedies, in continuous or website (restart) numbering. Deterministic for a
 * seed, so two runs measure the same text.
 */

const BODIES = ['Northshire County Council', 'Eastvale Borough Council', 'Westmarch District Council', 'London Borough of Ashcombe', 'Riverford City Council'];
const CATEGORIES = ['Housing > Homelessness', 'Adult care services > Charging', "Children's care services > Child protection", 'Education > Special educational needs', 'Planning > Enforcement'];
const SENTENCES = [
  'The Council wrote to Ms C on 3 March 2023 to say it had received her application.',
  'It did not tell her when she could expect a decision, or who was dealing with it.',
  'Ms C chased the Council by email twice in April and once in May 2023.',
  'An officer visited the property and recorded that the repairs were outstanding.',
  'The Council accepts it should have completed the review within eight weeks (Housing Act 1996, section 202).',
  'Statutory guidance says councils should keep applicants informed of progress.',
  'The records show the assessment was completed but not shared with Mr B until October.',
  'The Council says staff shortages caused the delay; that does not excuse it.',
  'I have seen no evidence the Council considered whether interim support was needed.',
  'This caused Ms C avoidable distress and uncertainty, which is an injustice to her.',
];
const SUBHEADINGS = ['Relevant law and guidance', 'What happened', 'What happened next', 'Key facts'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface DraftOptions {
  seed: number;
  /** Roughly how many numbered paragraphs the statement has. */
  paragraphs: number;
  restart?: boolean;
}

export function generateDraft({ seed, paragraphs, restart = false }: DraftOptions): string {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const out: string[] = [];
  let n = 0;
  const indent = restart ? '  ' : '';
  const heading = (text: string) => {
    if (out[out.length - 1] !== '') out.push('');
    out.push(text, '');
    if (restart) n = 0;
  };
  const para = (text: string, items: string[] = []) => {
    n++;
    out.push(`${indent}${n}. ${text}`, ...items.map((item, k) => `${indent}     ${String.fromCharCode(97 + k)}) ${item}`));
    if (!restart) out.push('');
  };
  const prose = (count: number) => Array.from({ length: count }, () => pick(SENTENCES)).join(' ');
  const ref = `${String(20 + (seed % 6)).padStart(2, '0')} ${String(seed % 1000).padStart(3, '0')} ${String((seed * 7) % 1000).padStart(3, '0')}`;
  out.push(`${pick(BODIES)} (${ref})`, '', `Category : ${pick(CATEGORIES)}`, '', 'Decision : Upheld', '', `Decision date : ${String(1 + (seed % 28)).padStart(2, '0')} Mar 2024`, '', "The Ombudsman's final decision:", '', `Summary: ${prose(3)}`, '');
  heading('The complaint');
  para(`The complainant, whom I shall refer to as Ms C, complains that ${prose(2).toLowerCase()}`);
  para(prose(2));
  heading("The Ombudsman's role and powers");
  para("We investigate complaints about 'maladministration' and 'service failure'. In this statement, I have used the word 'fault' to refer to these. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)");
  para('If we are satisfied with a council’s actions or proposed actions, we can complete our investigation and issue a decision statement. (Local Government Act 1974, section 30(1B) and 34H(i), as amended)');
  heading('How I considered this complaint');
  para('I considered the information Ms C and the Council provided, and their comments on my draft decision.');
  heading('What I found');
  const body = Math.max(4, paragraphs - 10);
  for (let i = 0; i < body; i++) {
    if (i % 12 === 0) heading(SUBHEADINGS[(i / 12) % SUBHEADINGS.length]!);
    para(prose(1 + Math.floor(rnd() * 4)), rnd() < 0.1 ? ['it did not reply;', 'it lost the form;', 'it did not apologise.'] : []);
    if (rnd() < 0.05) out.push('', 'Back to top', '');
  }
  heading('Analysis');
  para(prose(3));
  para(prose(2));
  heading('Agreed action');
  para('Within one month of the final decision, the Council has agreed to:', ['apologise to Ms C for the delay;', 'pay her £300 for her distress;', 'remind staff of the review time limits.']);
  para('The Council should provide us with evidence it has complied with the above actions.');
  heading('Final decision');
  para('I have completed my investigation. There was fault by the Council which caused injustice to Ms C.');
  out.push('', "Investigator's decision on behalf of the Ombudsman", '');
  return out.join('\n');
}

/** Drafts of 20 to 80 paragraphs until `bytes` of text, alternating the two numbering modes. */
export function generateCorpus(bytes: number, seed = 1): string[] {
  const drafts: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const draft = generateDraft({ seed: seed + i, paragraphs: 20 + ((seed + i) * 37) % 60, restart: i % 2 === 1 });
    drafts.push(draft);
    total += draft.length;
  }
  return drafts;
}
