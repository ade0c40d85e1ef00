/** Names shared with package.json's contributions and with the language server (shared/contracts.md). */
export const LANGUAGE_ID = 'ombudsman-decision';
export const SETTINGS = 'decisionLint';
export const DIAGNOSTIC_SOURCE = 'decision-lint';
export const FIX_ALL_KIND = 'source.fixAll.decision-lint';

/** Commands the server offers through `workspace/executeCommand`, when it offers them. */
export const SERVER_COMMANDS = {
  renumber: 'decision-lint.renumber',
  remedies: 'decision-lint.remedies',
} as const;

export const COMMANDS = {
  fixAll: 'decisionLint.fixAll',
  renumber: 'decisionLint.renumberParagraphs',
  insertParagraph: 'decisionLint.insertStandardParagraph',
  showRemedies: 'decisionLint.showRemedies',
  restart: 'decisionLint.restartServer',
  openRuleDocs: 'decisionLint.openRuleDocumentation',
  treatAsDecision: 'decisionLint.treatAsDecision',
} as const;

export const REMEDIES_VIEW = 'decisionLint.remedies';
