import { defineRule } from '../engine/rule';
import { catalogueOf } from '../citations/catalogue';
import { citationsOf, namesCataloguedAct, type Citation, type Keyword, type ProvisionGroup } from '../citations/citations';
import type { Span } from '../types';
import { replace } from './util';
import { rememberedIn } from '../bounded-memo';

/** The style the house writes, "section" in full. */
const HOUSE_STYLE = 'section';

/**
 * How one section of one Act is cited: the groups written in each style (in the house style, only those
 * citing several sections), the styles in the order first seen.
 */
type Styles = Map<string, ProvisionGroup[]>;

export default defineRule({
  meta: {
    id: 'citation-style',
    description: 'The same section is cited in different styles in one statement ("section 47", "Section 47", "s47", "S47").',
    defaultSeverity: 'info',
    fixable: true,
  },
  check({ model, report, slice }) {
    const { sections, several } = stylesOfSections(citationsOf(model, catalogueOf(model.profile)).boundWithProvisions(namesCataloguedAct));
    const { flagged, unfixable } = flaggedGroups(sections, several);
    for (const [group, preferred] of [...flagged].sort((a, b) => a[0].span.start - b[0].span.start)) {
      const keyword = keywordIn(preferred, group.keyword);
      const span = asWritten(group);
      const wanted = `${keyword}${slice({ start: group.keyword.span.end, end: span.end })}`;
      const message = `"${slice(span)}" is written "${wanted}" elsewhere in this statement; cite it one way throughout.`;
      if (unfixable.has(group)) {
        report({ message: `${message} The other sections it cites are written another way, so it has no one fix.`, span });
      } else {
        report({ message, span, fix: replace(group.keyword.span, keyword) });
      }
    }
  },
});

/**
 * How each section of each Act is cited, and the groups that cite several sections ("ss. 20 and 47").
 * Grouped by Act, then by section: a text dense with citations made a key string and an object for each.
 */
function stylesOfSections(citations: Iterable<Citation>): { sections: Styles[]; several: Set<ProvisionGroup> } {
  const byAct = new Map<string, Map<string, Styles>>();
  const sections: Styles[] = [];
  const several = new Set<ProvisionGroup>();
  for (const citation of citations) {
    const { id } = citation.act!;
    let bySection = byAct.get(id);
    if (bySection === undefined) byAct.set(id, (bySection = new Map()));
    for (const group of citation.groups) {
      // A group's keyword is made each time it is read.
      const keyword = group.keyword;
      if (keyword.kind !== 'section') continue;
      const style = styleOf(keyword);
      const cited = group.sections;
      if (cited.length > 1) several.add(group);
      for (const section of cited) {
        let styles = bySection.get(section);
        if (styles === undefined) {
          bySection.set(section, (styles = new Map()));
          sections.push(styles);
        }
        // "section" wins wherever it is used (preferredOf), so a group written so is never flagged, and
        // is kept only to compare its sections' preferences when it cites several. A text citing
        // sections again and again otherwise kept a view of each group to the end.
        const keep = style !== HOUSE_STYLE || cited.length > 1;
        const groups = styles.get(style);
        if (groups === undefined) styles.set(style, keep ? [group] : []);
        else if (keep) groups.push(group);
      }
    }
  }
  return { sections, several };
}

/**
 * Each group not written in the style its section prefers, with the style its first such section
 * prefers; and of those citing several sections, the ones whose sections prefer different styles. Such
 * a group has no one fix: fixing it as one section prefers only moved the finding to the other.
 */
function flaggedGroups(sections: readonly Styles[], several: ReadonlySet<ProvisionGroup>): { flagged: Map<ProvisionGroup, string>; unfixable: Set<ProvisionGroup> } {
  const flagged = new Map<ProvisionGroup, string>();
  const preferences = new Map<ProvisionGroup, Set<string>>();
  for (const styles of sections) {
    const preferred = preferredOf(styles);
    for (const [style, groups] of styles) {
      // Most groups are written as their section prefers; only those citing several need reading then.
      if (style === preferred && several.size === 0) continue;
      for (const group of groups) {
        if (several.has(group)) {
          const seen = preferences.get(group);
          if (seen === undefined) preferences.set(group, new Set([preferred]));
          else seen.add(preferred);
        }
        if (style !== preferred && !flagged.has(group)) flagged.set(group, preferred);
      }
    }
  }
  const unfixable = new Set([...preferences].filter(([, seen]) => seen.size > 1).map(([group]) => group));
  return { flagged, unfixable };
}

/**
 * "section", "Section" (a capital mid-sentence), "s", "s.", "s " and their capitals. A capital that
 * opens a sentence or a heading is no style of its own. Keywords are written a few dozen ways, so
 * each way's style is worked out once, for the opening of a sentence and for elsewhere.
 */
function styleOf(keyword: Keyword): string {
  return keyword.sentenceStart ? rememberedIn(OPENING_STYLES, keyword.text, MAX_SPELLINGS, styleOpening) : rememberedIn(STYLES, keyword.text, MAX_SPELLINGS, styleWithin);
}

const STYLES = new Map<string, string>();
const OPENING_STYLES = new Map<string, string>();
const MAX_SPELLINGS = 256;

function styleOpening(text: string): string {
  return styleWritten(text, true);
}

function styleWithin(text: string): string {
  return styleWritten(text, false);
}

function styleWritten(text: string, sentenceStart: boolean): string {
  const word = /^[A-Za-z]+/.exec(text)![0];
  const full = /^sections?$/i.test(word);
  const base = full ? HOUSE_STYLE : `s${text.slice(word.length).replace(/[\t\u00A0]/, ' ')}`;
  return /^[A-Z]/.test(word) && !sentenceStart ? base.charAt(0).toUpperCase() + base.slice(1) : base;
}

/** The house writes "section" in full: it wins wherever it is used; otherwise the commonest, then the first used. */
function preferredOf(styles: Styles): string {
  if (styles.has(HOUSE_STYLE)) return HOUSE_STYLE;
  let best = '';
  let most = 0;
  for (const [style, groups] of styles) {
    if (groups.length > most) {
      best = style;
      most = groups.length;
    }
  }
  return best;
}

function keywordIn(style: string, keyword: Keyword): string {
  const full = /^section$/i.test(style);
  const word = full ? (keyword.plural ? 'sections' : 'section') : keyword.plural ? 'ss' : 's';
  const tail = full ? ' ' : style.slice(1);
  const capital = /^[A-Z]/.test(style) || (keyword.sentenceStart && /^[A-Z]/.test(keyword.text));
  return `${capital ? word.charAt(0).toUpperCase() + word.slice(1) : word}${tail}`;
}

/** The keyword and the first number after it: "S47", "section 47". */
function asWritten(group: ProvisionGroup): Span {
  return { start: group.keyword.span.start, end: group.provisions[0]!.idSpan.end };
}
