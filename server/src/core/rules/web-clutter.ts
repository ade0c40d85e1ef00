import { defineRule } from '../engine/rule';
import { replace } from './util';

export default defineRule({
  meta: {
    id: 'web-clutter',
    description: 'Text from the ombudsman\'s website (navigation, cookie notices, contents lists) is left in the draft.',
    defaultSeverity: 'info',
    fixable: true,
  },
  check({ model, report }) {
    for (const clutter of model.clutter) {
      const shown = clutter.text.length > 40 ? `${clutter.text.slice(0, 40)}...` : clutter.text;
      report({ message: `Website text "${shown}" is not part of the statement.`, span: clutter.span, fix: replace(clutter.removal, '') });
    }
  },
});
