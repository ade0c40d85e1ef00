import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { ALL_RULE_METAS, type DecisionModel, type Span } from '../../core';
import { ruleDocUrl } from '../../node/package-info';
import type { Analysis } from '../analyses';
import { rangeOf, spanHolds } from '../convert/ranges';
import { citationPart, deadlinePart } from './law-hovers';
import { personPart } from './person-hover';

/** One thing a hover says, about the text in `span`. */
export interface HoverPart {
  value: string;
  span: Span;
}

const DESCRIPTIONS = new Map(ALL_RULE_METAS.map((meta) => [meta.id, meta.description]));

/** Findings first, then the statute cited, the deadline set or the person named there; the range is the first one's. */
export function hover(analysis: Analysis, model: DecisionModel, offset: number): Hover | null {
  const parts = [findingPart(analysis, offset), citationPart(model, offset), deadlinePart(model, offset), personPart(model, offset)].filter((p): p is HoverPart => p !== undefined);
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.map((p) => p.value).join('\n\n---\n\n') }, range: rangeOf(model, parts[0]!.span) };
}

/** On a finding: what its rule checks, and a link to the rule's page. */
function findingPart(analysis: Analysis, offset: number): HoverPart | undefined {
  const here = analysis.findings.filter((f) => spanHolds(f.span, offset));
  if (here.length === 0) return undefined;
  const rules = [...new Set(here.map((f) => f.ruleId))];
  const value = rules.map((id) => `**${id}**: ${DESCRIPTIONS.get(id) ?? ''} [Documentation](${ruleDocUrl(id)})`).join('\n\n');
  return { value, span: { start: Math.min(...here.map((f) => f.span.start)), end: Math.max(...here.map((f) => f.span.end)) } };
}
