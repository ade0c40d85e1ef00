/** What a run of the CLI reads and writes, passed in so that the run itself touches no globals. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<Buffer | string>;
  stdoutIsTty: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}
