// The language server has its own issue; until it lands, the bin exists so that `npm ci` leaves every
// bin in package.json working, and says plainly that it cannot serve yet.
process.stderr.write(
  'decision-lint-server: the language server is not available in this version of decision-lint yet (its issue is still open).\n' +
    'Use the command-line linter meanwhile: decision-lint <files|folders>.\n',
);
process.exitCode = 2;
