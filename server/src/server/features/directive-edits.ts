import { eolOf, type DecisionModel, type Fix } from '../../core';

/** Inline directives as docs/directives.md defines them: an HTML comment on a line of its own. */
export function disableForLine(model: DecisionModel, ruleId: string, line: number): Fix {
  const target = model.lines[line]!;
  const indent = /^\s*/.exec(target.text)![0];
  return insertAt(target.start, `${indent}<!-- decision-lint-disable-next-line ${ruleId} -->${eolOf(model.text)}`);
}

/**
 * At the end, not the top: a draft's first line is its title, which is how editors recognise the
 * language, and a directive there would hide it.
 */
export function disableForFile(model: DecisionModel, ruleId: string): Fix {
  const eol = eolOf(model.text);
  const directive = `<!-- decision-lint-disable-file ${ruleId} -->`;
  const endsWithEol = /[\r\n]$/.test(model.text);
  return insertAt(model.text.length, endsWithEol ? `${directive}${eol}` : `${eol}${directive}${eol}`);
}

function insertAt(offset: number, text: string): Fix {
  return { edits: [{ range: [offset, offset], text }] };
}

/** The draft's own line end, so an inserted line does not mix CRLF into an LF file. */
