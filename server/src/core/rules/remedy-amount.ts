import { defineRule } from '../engine/rule';
import { amountsIn } from '../remedies/amounts';
import type { Amount, AmountProblem } from '../remedies/types';
import { replace } from './util';

const REASONS: Record<AmountProblem, string> = {
  'no-separator': 'amounts of £1,000 or more take a thousands separator',
  'misplaced-separator': 'its thousands separator is in the wrong place',
  'zero-pence': 'whole pounds are written without pence',
  'short-pence': 'pence take two digits',
  'long-pence': 'it has more than two digits of pence',
  'space-after-sign': 'no space follows the pound sign',
  'no-sign': 'amounts are written with the pound sign',
  'in-words': 'amounts are written in figures',
};

export default defineRule({
  meta: {
    id: 'remedy-amount',
    description: 'A sum of money is not written as the house writes it: "£", a thousands separator from £1,000, and pence only when there are some.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    for (const amount of amountsIn(model.text, { start: 0, end: model.text.length })) {
      if (amount.problems.length === 0) continue;
      report(amount.house === undefined
        ? { message: `Check "${amount.text}": ${reasons(amount)}.`, span: amount.span }
        : { message: `Write "${amount.text}" as "${amount.house}": ${reasons(amount)}.`, span: amount.span, fix: replace(amount.span, amount.house) });
    }
  },
});

function reasons(amount: Amount): string {
  return amount.problems.map((p) => REASONS[p]).join('; ');
}
