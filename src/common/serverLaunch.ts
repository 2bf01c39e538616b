/**
 * How the language server process is started (issue 20.4): the V8 flags and environment that keep its
 * resident memory down. One definition, used by the VS Code client (languageClient.ts) and by the
 * benchmark's spawn (bench/lspLatency.ts), so that what is measured is what ships. docs/performance.md,
 * "Memory (issue 20.4)", has what each saves.
 */
export interface ServerLaunch {
  /** flags for the server's Node (V8) */
  readonly execArgv: readonly string[];
  /** added to the inherited environment */
  readonly env: Readonly<Record<string, string>>;
}

export const SERVER_LAUNCH: ServerLaunch = {
  execArgv: [
    // releaseMemory (src/server/releaseMemory.ts) compacts the heap once after the first index
    '--expose-gc',
    // a young generation of 2 × 4 MB instead of 2 × 16 MB: edits allocate little, and 24 MB stay free
    '--max-semi-space-size=4',
  ],
  // glibc's malloc keeps one arena per thread by default (V8's and libuv's workers); two are enough here
  env: { MALLOC_ARENA_MAX: '2' },
};

/** The fork options of the VS Code client's server process; when debugging, the inspector too. */
export function serverForkOptions(debug: boolean): { execArgv: string[]; env: Record<string, string> } {
  const execArgv = [...SERVER_LAUNCH.execArgv, ...(debug ? ['--nolazy', '--inspect=6009'] : [])];
  return { execArgv, env: { ...SERVER_LAUNCH.env } };
}
