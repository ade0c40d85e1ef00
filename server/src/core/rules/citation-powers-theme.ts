import { defineRule } from '../engine/rule';
import { catalogueOf, provisionKey } from '../citations/catalogue';
import { citationsOf, type Citation } from '../citations/citations';
import { houseFormOf, isPowersCitation } from '../citations/house-form';
import { citesItsThemes, powersHouse, themesOf, type PowersTheme } from '../citations/powers';
import type { Paragraph } from '../model/model';
import type { Span, Suggestion } from '../types';
import { replace } from './util';
import { concatMap } from '../arrays';

export default defineRule({
  meta: {
    id: 'citation-powers-theme',
    description: 'A standard paragraph of The Ombudsman\'s role and powers cites a provision other than the one the house cites for what it says, or none.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report, slice }) {
    const house = powersHouse();
    const citations = citationsOf(model, catalogueOf(model.profile));
    for (const section of model.sections.filter((s) => s.id === house.sectionId)) {
      for (const paragraph of section.paragraphs) {
        const whole = { start: paragraph.textSpan.start, end: paragraph.span.end };
        const themes = themesOf(slice(whole), house.themes);
        if (themes.length === 0) continue;
        const inside = citations.within(paragraph.span).filter((c) => c.groups.length > 0);
        if (inside.length === 0) {
          reportMissing(paragraph, themes, report);
          continue;
        }
        const own = inside.filter((c) => isPowersCitation(model, c, house));
        if (own.length === 0) continue;
        const cited = new Set(concatMap(own, (c) => c.provisions.map(provisionKey)));
        if (citesItsThemes(cited, themes)) continue;
        const first = own[0]!;
        const form = houseFormOf(model, first, house);
        const suggestions: Suggestion[] = [];
        if (themes.length === 1 && own.length === 1 && form.certain) {
          const wanted = house.citation(themes[0]!.citation);
          suggestions.push({ description: `Cite ${wanted}`, fix: replace(form.span, wanted) });
        }
        report({
          message: `This paragraph is about ${about(themes)}, which the house cites as ${cites(themes)}; it cites ${quoted(slice, own)}.`,
          span: form.span,
          suggestions,
        });
      }
    }

    function reportMissing(paragraph: Paragraph, themes: readonly PowersTheme[], add: typeof report): void {
      const suggestions: Suggestion[] = themes.length === 1
        ? [{ description: `Add ${house.citation(themes[0]!.citation)}`, fix: replace({ start: paragraph.span.end, end: paragraph.span.end }, ` ${house.citation(themes[0]!.citation)}`) }]
        : [];
      add({
        message: `This paragraph is about ${about(themes)}, which the house ends with the citation ${cites(themes)}; it has none.`,
        span: paragraph.textSpan,
        suggestions,
      });
    }

    function cites(themes: readonly PowersTheme[]): string {
      return themes.map((t) => `"${house.citation(t.citation)}"`).join(' or ');
    }
  },
});

function about(themes: readonly PowersTheme[]): string {
  return themes.map((t) => t.about).join(' and ');
}

function quoted(slice: (span: Span) => string, citations: Citation[]): string {
  return citations.map((c) => `"${slice(c.span)}"`).join(' and ');
}
