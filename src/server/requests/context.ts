/**
 * What every request handler gets: the workspaces (the server's WorkspaceManager, a plain object in the
 * tests), the day to compute with, the open documents' versions and the diagnostic totals. A handler is
 * a pure function of its parameters and this context, so that it is tested in process, without a server.
 */
import type { IsmsWorkspace } from '../../core';
import type { IsmsRequestMethod, RequestParams, RequestResult } from '../../common/protocol';
import { uriToPath } from '../uris';
import type { WorkspaceManager } from '../workspaceManager';

/** The part of the WorkspaceManager that requests read. */
export type Workspaces = Pick<WorkspaceManager, 'ready' | 'workspaces' | 'workspaceOf' | 'workspaceByRoot' | 'recordsById'>;

export interface RequestContext {
  workspaces: Workspaces;
  /** the `today` of the settings, else the real date */
  today: string;
  /** the open document's version, for versioned edits */
  versionOf(file: string): number | undefined;
  /** errors and warnings published so far (flushed first for requests that wait for `check`) */
  counts: { errors: number; warnings: number };
  /** the file system as new record files see it (the server's: src/node/fsHost.ts; the tests': a fake) */
  folders: NewFileFolders;
  /**
   * A file's text as the index read it, read again from disk when the workspace keeps only its hash (the
   * server's WorkspaceManager.readText, issue 20.4); without it, what the workspace holds (textOf).
   */
  readText?(file: string): Promise<string | undefined>;
}

/** What creating a record file asks of the file system: which names a folder holds, and where a folder really is. */
export interface NewFileFolders {
  /** the names in a folder, none when it does not exist */
  names(dir: string): string[];
  /** true when the folder, links followed, is inside the root (or would be, once its missing parts are created) */
  resolvesInside(dir: string, root: string): boolean;
}

/** Requests that may read files again from disk (issue 20.4: the workspace keeps a hash of closed files), answered by a promise. */
export type AsyncRequestMethod = 'isms/computeEdit';

/**
 * One custom request. `waitFor` says what the server settles before calling it: `index` (every queued
 * file change applied), `check` (and pending diagnostics published), or `nothing` (the engine's own data).
 */
export interface RequestHandler<M extends IsmsRequestMethod> {
  method: M;
  waitFor: 'index' | 'check' | 'nothing';
  /** true for a request without parameters (its map entry has `params: void`) */
  noParams?: true;
  /** the answer when the handler throws (the error is logged) */
  fallback: RequestResult<M>;
  handle(
    params: RequestParams<M>,
    ctx: RequestContext,
  ): RequestResult<M> | (M extends AsyncRequestMethod ? Promise<RequestResult<M>> : never);
}

/** The root a request names (by URI), or every root when it names none; none when the URI is no root. */
export function selectedWorkspaces(workspaces: Workspaces, rootUri: unknown): IsmsWorkspace[] {
  if (!rootUri) return workspaces.workspaces();
  const root = typeof rootUri === 'string' ? uriToPath(rootUri) : undefined;
  const ws = root ? workspaces.workspaceByRoot(root) : undefined;
  return ws ? [ws] : [];
}
