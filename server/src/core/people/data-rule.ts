import type { DecisionModel } from '../model/model';
import { defineRule, type AnyRule } from '../engine/rule';
import { replace } from '../rules/util';
import { oncePer } from '../once-per';
import { scanLocally } from '../incremental/document-memo';
import { PERSONAL_DATA_SCAN, type PersonalDataKind } from './personal-data';
import { pseudonymFor } from './pseudonyms';
import { peopleOf } from './register';

/** What each kind is called in a message, and the placeholder a person may put in its place. */
const KINDS: Record<PersonalDataKind, { what: string; placeholder: string }> = {
  email: { what: 'An email address', placeholder: '[email address]' },
  phone: { what: 'A phone number', placeholder: '[phone number]' },
  postcode: { what: 'A postcode', placeholder: '[postcode]' },
  address: { what: 'A street address', placeholder: '[address]' },
  'ni-number': { what: 'A National Insurance number', placeholder: '[National Insurance number]' },
  'nhs-number': { what: 'An NHS number', placeholder: '[NHS number]' },
  'date-of-birth': { what: 'A date of birth', placeholder: '[date of birth]' },
  'case-number': { what: "Another body's case number", placeholder: '[case number]' },
  name: { what: 'A real name', placeholder: '[name]' },
};

/**
 * The personal data of a statement, read once for the three rules that report it. The statement's own
 * reference ("Case ref: 202205678") is the ombudsman's, not another body's case number.
 */
const personalDataOf = oncePer((model: DecisionModel) => {
  const own = model.frontMatter.title?.reference?.span;
  const found = scanLocally(model, PERSONAL_DATA_SCAN);
  return own === undefined ? found : found.filter((data) => data.span.start !== own.start);
});

/**
 * The personal-data rules differ only in the kinds they report. Never a fix: what replaces personal
 * data (a placeholder, a pseudonym, nothing) is the writer's call, so each finding carries suggestions:
 * for a real name with a title, a pseudonym with an unused letter, and always a placeholder.
 */
export function personalDataRule(id: string, description: string, kinds: readonly PersonalDataKind[]): AnyRule {
  return defineRule({
    meta: { id, description, defaultSeverity: 'error', fixable: false, hasSuggestions: true },
    check({ model, report }) {
      for (const data of personalDataOf(model)) {
        if (!kinds.includes(data.kind)) continue;
        const { what, placeholder } = KINDS[data.kind];
        const pseudonym = data.kind === 'name' ? pseudonymFor(peopleOf(model), data.text) : undefined;
        const replacements = pseudonym === undefined ? [placeholder] : [pseudonym, placeholder];
        report({
          message: `${what} identifies a person and must not be published: "${data.text}". Replace it with ${pseudonym === undefined ? '' : `a pseudonym such as "${pseudonym}" or `}a placeholder such as "${placeholder}".`,
          span: data.span,
          suggestions: replacements.map((text) => ({ description: `Replace with "${text}"`, fix: replace(data.span, text) })),
        });
      }
    },
  }) as AnyRule;
}
