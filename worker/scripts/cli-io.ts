/** Where the command-line tools write: stdout and stderr in use, arrays in the tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}
