import type { ResolvedConfig } from '../config/resolve';
import type { CalendarDate } from '../text/dates';
import { isoDate } from './calendar';

/** The rules whose findings depend on the decision date, and so take it as the option `decisionDate`. */
const RULES_READING_THE_DATE = ['remedy-evidence'];

/**
 * The configuration with a decision date given from outside the text (the CLI's --decision-date):
 * for a draft not yet dated, or to see a statement as if issued on another day.
 */
export function withDecisionDate(config: ResolvedConfig, date: CalendarDate): ResolvedConfig {
  const rules = new Map(config.rules);
  for (const id of RULES_READING_THE_DATE) {
    const setting = rules.get(id);
    if (setting !== undefined) rules.set(id, { ...setting, options: { ...(setting.options as object), decisionDate: isoDate(date) } });
  }
  return { ...config, rules };
}
