/** Test support: an ISMS held in memory, checked by the real engine — the tests' host. */
import { IsmsWorkspace, LineMap, loadIsmsFolder, type Diagnostic, type FileHost, type Severity } from '../../../src/core';

export const ROOT = '/isms';

/** A minimal valid isms.yaml; `extra` is appended verbatim (top-level keys). */
export function config(extra = ''): string {
  return `isms: config\norganisation: Test Ltd\n${extra}`;
}

export function workspaceOf(files: Record<string, string>): IsmsWorkspace {
  const ws = new IsmsWorkspace(ROOT);
  for (const [name, text] of Object.entries(files)) ws.setFile(`${ROOT}/${name}`, text);
  return ws;
}

export function check(files: Record<string, string>, today: string, rules?: Record<string, Severity | 'off'>): Diagnostic[] {
  return workspaceOf(files).check({ today, rules }).all();
}

/** Diagnostics of one code, as `file:line code` strings (1-based lines) for readable assertions. */
export function codes(diags: readonly Diagnostic[], code?: string): string[] {
  return diags.filter((d) => !code || d.code === code).map((d) => `${d.file.slice(ROOT.length + 1)}:${d.range.start.line + 1} ${d.code}`);
}

/** A FileHost over a map of path → text (or bytes), for scan tests. */
export function memoryHost(files: Record<string, string | Uint8Array>): FileHost {
  const entries = new Map(Object.entries(files).map(([p, t]) => [p, typeof t === 'string' ? new TextEncoder().encode(t) : t]));
  const isDir = (p: string): boolean => [...entries.keys()].some((k) => k.startsWith(`${p}/`));
  return {
    async readDirectory(dir) {
      const names = new Map<string, 'file' | 'directory'>();
      for (const k of entries.keys()) {
        if (!k.startsWith(`${dir}/`)) continue;
        const [first, ...rest] = k.slice(dir.length + 1).split('/');
        names.set(first, rest.length ? 'directory' : 'file');
      }
      return [...names].map(([name, type]) => ({ name, type }));
    },
    async stat(p) {
      const bytes = entries.get(p);
      if (bytes) return { size: bytes.length, type: 'file', realPath: p };
      if (isDir(p)) return { size: 0, type: 'directory', realPath: p };
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    },
    async readFile(p, maxBytes) {
      const bytes = entries.get(p);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return bytes.subarray(0, maxBytes);
    },
    join: (dir, name) => `${dir}/${name}`,
  };
}

/** A filter keeping the diagnostics of one rule. */
export const ofCode =
  (code: string) =>
  (diags: readonly Diagnostic[]): Diagnostic[] =>
    diags.filter((d) => d.code === code);

/** The source text a diagnostic's range covers, in a workspace built by `check(files, …)`. */
export function textAt(files: Record<string, string>, d: Diagnostic): string {
  const text = files[d.file.slice(ROOT.length + 1)];
  const map = new LineMap(text);
  return text.slice(map.offset(d.range.start), map.offset(d.range.end));
}

/** A workspace read through the scanner from a memory host (the folder listed, as the CLI reads it). */
export function loadOf(files: Record<string, string>): Promise<IsmsWorkspace> {
  return loadIsmsFolder(memoryHost(Object.fromEntries(Object.entries(files).map(([name, text]) => [`${ROOT}/${name}`, text]))), ROOT);
}
