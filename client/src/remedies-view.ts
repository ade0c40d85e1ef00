import * as vscode from 'vscode';
import { activeDraft } from './edits';
import { LANGUAGE_ID, REMEDIES_VIEW, SERVER_COMMANDS } from './ids';

/** One action of the Agreed action section as the server reports it (the CLI's remedies export, with an LSP range). */
interface ServerRemedy {
  text: string;
  kind: string;
  amounts: string[];
  deadline?: string;
  /** ISO date, when the decision date fixes one. */
  due?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

type Node = { remedy: ServerRemedy; uri: vscode.Uri } | { message: string };

/** "Show remedies": the draft's remedies and due dates, as the server's core reads them, in a tree. */
export class RemediesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  private shown = activeDraftUri();

  /** `serverStarted`: the server's commands exist only once it has started. */
  constructor(private readonly serverStarted: Promise<void>) {
    this.disposables = [
      this.changed,
      vscode.window.registerTreeDataProvider(REMEDIES_VIEW, this),
      vscode.window.onDidChangeActiveTextEditor(() => {
        const uri = activeDraftUri();
        if (uri !== undefined) this.show(uri);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => this.shown !== undefined && e.uris.some((u) => u.toString() === this.shown!.toString()) && this.changed.fire()),
    ];
  }

  async reveal(): Promise<void> {
    const editor = activeDraft();
    if (editor === undefined) return;
    this.show(editor.document.uri);
    await vscode.commands.executeCommand(`${REMEDIES_VIEW}.focus`);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('message' in node) return new vscode.TreeItem(node.message);
    const { remedy, uri } = node;
    const item = new vscode.TreeItem(remedy.text);
    item.description = remedy.due !== undefined ? `due ${remedy.due}` : (remedy.deadline ?? 'no deadline');
    item.tooltip = new vscode.MarkdownString(
      [`**${remedy.kind}**`, remedy.amounts.length > 0 ? `Amounts: ${remedy.amounts.join(', ')}` : '', `Deadline: ${remedy.deadline ?? 'none'}`, remedy.due ? `Due: ${remedy.due}` : '']
        .filter(Boolean)
        .join('  \n'),
    );
    const { start, end } = remedy.range;
    item.command = { title: 'Go to remedy', command: 'vscode.open', arguments: [uri, { selection: new vscode.Range(start.line, start.character, end.line, end.character) }] };
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node !== undefined || this.shown === undefined) return [];
    const uri = this.shown;
    await this.serverStarted;
    const remedies = await vscode.commands.executeCommand<ServerRemedy[] | null>(SERVER_COMMANDS.remedies, uri.toString());
    if (!remedies?.length) return [{ message: 'No agreed actions in this draft.' }];
    return remedies.map((remedy) => ({ remedy, uri }));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private show(uri: vscode.Uri): void {
    this.shown = uri;
    this.changed.fire();
  }
}

function activeDraftUri(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}
