import { pathToFileURL } from 'node:url';
import { ALL_RULE_METAS, type Fix, type Severity } from '../../core';
import { packageInfoUrl, packageVersion, ruleDocUrl } from '../../node/package-info';
import type { ReportMessage } from '../report';
import type { Formatter } from './format';
import { relativeUri } from './paths';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Paths under the working folder are given relative to it, which is what code-scanning services expect. */
const SRCROOT = 'SRCROOT';

/** SARIF 2.1.0, one run; files that could not be linted are tool notifications. */
export const sarif: Formatter = (reports, { cwd, problems }) => {
  const ruleIndex = new Map(ALL_RULE_METAS.map((meta, index) => [meta.id, index]));
  const version = packageVersion();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'decision-lint',
            version,
            semanticVersion: version,
            informationUri: packageInfoUrl(),
            rules: ALL_RULE_METAS.map((meta) => ({
              id: meta.id,
              name: pascalCase(meta.id),
              shortDescription: { text: meta.description },
              helpUri: ruleDocUrl(meta.id),
              defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
              properties: { fixable: meta.fixable },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({ level: 'error', message: { text: `${p.message}.` } })),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) => {
          const artifactLocation = locate(report.filePath, cwd);
          return report.messages.map((m) => toResult(m, artifactLocation, ruleIndex.get(m.ruleId)));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function toResult(m: ReportMessage, artifactLocation: ArtifactLocation, ruleIndex: number | undefined) {
  return {
    ruleId: m.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation, region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn } } }],
    ...(m.fix ? { fixes: [toFix(m.fix, artifactLocation)] } : {}),
  };
}

/** Core offsets are UTF-16 code units, which is what SARIF counts `charOffset` in with this columnKind. */
function toFix(fix: Fix, artifactLocation: ArtifactLocation) {
  const replacements = fix.edits.map((edit) => ({
    deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
    ...(edit.text === '' ? {} : { insertedContent: { text: edit.text } }),
  }));
  return { artifactChanges: [{ artifactLocation, replacements }] };
}

type ArtifactLocation = { uri: string; uriBaseId?: string };

function locate(filePath: string, cwd: string): ArtifactLocation {
  const uri = relativeUri(filePath, cwd);
  return uri === undefined ? { uri: pathToFileURL(filePath).href } : { uri, uriBaseId: SRCROOT };
}

/** A base URI must end with a slash, or the last folder name would be replaced when resolving. */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** SARIF asks for a "friendly name" in Pascal case beside the id. */
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
