import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { packageVersion } from '../node/package-info';
import { startServer } from './server';
import { useLeanHeap } from './lean-heap';

const USAGE = `Usage: decision-lint-server --stdio

The decision-lint language server. An editor starts it and speaks the Language Server Protocol to it
over standard input and output; see the README's "Language server" section.
`;

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${packageVersion()}\n`);
} else if (args.includes('--help') || !args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write(USAGE);
  process.exitCode = args.includes('--help') ? 0 : 2;
} else {
  useLeanHeap();
  const connection = createConnection(ProposedFeatures.all);
  // Stdout carries the protocol: anything printed there would corrupt it.
  for (const method of ['log', 'info', 'debug'] as const) console[method] = (...parts: unknown[]) => connection.console.log(parts.map(String).join(' '));
  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  startServer(connection);
}
