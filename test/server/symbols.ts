import type { DocumentSymbol } from 'vscode-languageserver-protocol/node';

/** An outline's names as an indented tree, with the detail in brackets where there is one. */
export function tree(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` [${s.detail}]` : ''}`, ...tree(s.children ?? [], depth + 1)]);
}
