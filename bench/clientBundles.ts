/**
 * The client bundles rebuilt in memory, minified as `node esbuild.mjs --production` builds them, with
 * esbuild's metafile: what each is made of. One definition for the bench's bundle table (run.ts) and the
 * test that keeps the activation bundle small (test/unit/extension/bundles.test.ts).
 */
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** The client's entry points, by bundle name (dist/<name>.js). */
export const CLIENT_ENTRIES = {
  extension: 'src/extension/extension.ts',
  languageClient: 'src/extension/languageClient.ts',
  workbench: 'src/extension/workbench.ts',
} as const;

export type ClientBundleName = keyof typeof CLIENT_ENTRIES;

/** Bundles the named client entries of the repository at `repo` in memory, for `outdir`; nothing is written. */
export async function buildClientBundles(
  repo: string,
  names: readonly ClientBundleName[],
  outdir = join(repo, 'out', 'client-bundles'),
): Promise<{ metafile: esbuild.Metafile; outputFiles: esbuild.OutputFile[] }> {
  const built = await esbuild.build({
    absWorkingDir: repo,
    entryPoints: Object.fromEntries(names.map((n) => [n, CLIENT_ENTRIES[n]])),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { metafile: built.metafile, outputFiles: built.outputFiles };
}
