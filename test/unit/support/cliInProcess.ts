/** Test support: the `isms` CLI run in process in a folder, on a fixed day, its output captured. */
import { runCli } from '../../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runIsms(cwd: string, today: string, args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd, today: () => today };
  const code = await runCli([...args], io);
  return { code, stdout, stderr };
}
