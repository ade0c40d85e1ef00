import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses } from './analyses';
import type { DocumentContexts } from './document-context';
import type { Log } from './log';

/** What the client said it can do, where a feature answers differently because of it. */
export interface ClientAbilities {
  /** Workspace edits with `documentChanges`, checked against the document's version. */
  versionedEdits: boolean;
  /** `window/showDocument`, for opening a rule's page. */
  showDocument: boolean;
  /** Completion items in snippet syntax, with placeholders to fill in. */
  snippets: boolean;
}

/** The long-lived parts every handler reads. */
export interface Services {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyses: Analyses;
  contexts: DocumentContexts;
  log: Log;
  client: ClientAbilities;
}
