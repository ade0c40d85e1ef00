import { FORMATS } from './args';

export const USAGE = 'Usage: decision-lint [options] <files|folders|globs>...';

export const HELP = `${USAGE}
       decision-lint remedies [--format stylish|json] [--decision-date YYYY-MM-DD] <files>...

Lints ombudsman decision statements against the house style. "decision-lint remedies" instead
prints each draft's agreed actions: kind, amount, deadline and due date, as a table or as JSON.

A file named on the command line is linted whatever its name; a folder is searched for drafts
(*.decision.txt and *.decision unless the config's "files" says otherwise); a glob is expanded.

Options:
  -f, --format <name>        Output format: ${FORMATS.join(', ')} (default: stylish)
      --fix                  Apply the fixes that are safe unattended, writing files in place
      --fix-dry-run          Work out the fixes without writing; --format json shows them as "output"
      --max-warnings <n>     Exit 1 when there are more than n warnings
      --quiet                Report errors only
  -c, --config <file>        Use this config file instead of searching for .decision-lintrc.json
      --print-config <file>  Print the configuration that applies to a file, as JSON
      --list-rules           List the rules (with --format json, as JSON)
      --stdin                Lint the text on standard input
      --stdin-filename <p>   The path the text on standard input stands for (config, report)
      --decision-date <d>    Count deadlines from this date (YYYY-MM-DD) in place of each draft's own
      --no-color             Never colour the output (NO_COLOR does the same)
      --shard <i/n>          Lint only part i of n of the files, for a lint split over n CI jobs
      --cache                Reuse the findings for files whose text, config and version are unchanged
                             (not with --fix or --fix-dry-run, which always lint afresh)
      --cache-location <p>   The cache file, or a folder for it (default: node_modules/.cache/decision-lint/)
      --concurrency <n|auto> Lint on n worker threads; auto (the default) uses one fewer than the cores,
                             and only for 200 files or more on three cores or more (1: never)
  -h, --help                 Show this help
  -v, --version              Show the version

Environment: NO_COLOR turns colour off; DEBUG=1 shows where an internal error happened;
TIMING=1 prints the ten slowest rules on standard error after the report (TIMING=all: every rule).

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 a usage, configuration, file or internal problem.
`;
