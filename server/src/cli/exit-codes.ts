/** The exit codes CI relies on (contracts.md). */
export const EXIT_CLEAN = 0;
/** Errors, or more warnings than --max-warnings allows. */
export const EXIT_FINDINGS = 1;
/** A usage, configuration, file or internal problem. */
export const EXIT_FAILURE = 2;
