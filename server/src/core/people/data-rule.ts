import { defineRule, type AnyRule } from '../engine/rule';
import { replace } from '../rules/util';
import { personalDataIn, type PersonalDataKind } from './personal-data';

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
 * The personal-data rules differ only in the kinds they report. Never a fix: what replaces personal
 * data (a placeholder, a pseudonym, nothing) is the writer's call, so each finding carries a suggestion.
 */
export function personalDataRule(id: string, description: string, kinds: readonly PersonalDataKind[]): AnyRule {
  return defineRule({
    meta: { id, description, defaultSeverity: 'error', fixable: false, hasSuggestions: true },
    check({ model, report }) {
      // The statement's own reference ("Case ref: 202205678") is the ombudsman's, not another body's.
      const own = model.frontMatter.title?.reference?.span;
      for (const found of personalDataIn(model.text)) {
        if (!kinds.includes(found.kind) || (own !== undefined && found.span.start === own.start)) continue;
        const { what, placeholder } = KINDS[found.kind];
        report({
          message: `${what} identifies a person and must not be published: "${found.text}". Replace it with a placeholder such as "${placeholder}".`,
          span: found.span,
          suggestions: [{ description: `Replace with "${placeholder}"`, fix: replace(found.span, placeholder) }],
        });
      }
    },
  }) as AnyRule;
}
