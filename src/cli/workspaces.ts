/** Finds and loads the ISMS folders under the folder `isms` was pointed at. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { findIsmsRoots, loadIsmsFolder, type FileBatchReader, type IsmsWorkspace } from '../core';
import { nodeFileHost } from '../node/fsHost';
import { gitHost } from '../node/gitHost';
import { relativePath } from './io';

/**
 * The CLI reads the git history of approved documents (ISMS906): the user ran it on this folder. The
 * language server does not start processes (Workspace Trust), so its host has no version control.
 */
const cliHost = { ...nodeFileHost, versionControl: gitHost };

/** A problem with the folder itself (missing, not a folder, no isms.yaml): exit code 2, not a finding. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** `dir` as the user wrote it (for messages), resolved against `cwd`; `reader` reads and parses the files elsewhere when it takes them. */
export async function loadWorkspaces(cwd: string, dir: string, reader?: FileBatchReader): Promise<IsmsWorkspace[]> {
  const absolute = path.resolve(cwd, dir);
  let isDir: boolean;
  try {
    isDir = (await fs.stat(absolute)).isDirectory();
  } catch {
    throw new InputError(`no such folder: ${dir}`);
  }
  if (!isDir) throw new InputError(`not a folder: ${dir}`);
  // sorted so that several ISMSs under one folder always come out in the same order
  const roots = [...(await findIsmsRoots(nodeFileHost, absolute))].sort();
  if (roots.length === 0) throw new InputError(`no isms.yaml found under ${dir} (an ISMS folder is marked by an isms.yaml file)`);
  const workspaces: IsmsWorkspace[] = [];
  for (const root of roots) workspaces.push(await loadIsmsFolder(cliHost, root, { reader }));
  return workspaces;
}

/** The one ISMS under `dir`, for a command that reads or writes one (export, import); several are an InputError. */
export async function loadOneWorkspace(cwd: string, dir: string, command: string): Promise<IsmsWorkspace> {
  const workspaces = await loadWorkspaces(cwd, dir);
  if (workspaces.length > 1) {
    const roots = workspaces.map((w) => relativePath(cwd, w.root)).join(', ');
    throw new InputError(`${workspaces.length} ISMS folders found under ${dir} (${roots}); point ${command} at one of them`);
  }
  return workspaces[0];
}
