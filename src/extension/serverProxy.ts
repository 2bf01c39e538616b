/**
 * The client's proxy of the ISMS language server: one typed `request(method, params)` for every custom
 * request of the protocol's request map (src/common/protocol.ts), so that the tree, the status bar and
 * the commands never touch the LanguageClient directly (and wait for it to be running).
 *
 * The language client lives in a second bundle (dist/languageClient.js, see languageClient.ts) that
 * this object loads on the next turn of the event loop: activate() returns without it, so VS Code
 * waits only for the small activation bundle. This file therefore imports protocol *types* only.
 */
import * as vscode from 'vscode';
import type { IsmsNotifications, IsmsRequestMethod, RequestArgs, RequestResult } from '../common/protocol';

type TreeChange = IsmsNotifications['isms/didChangeTree'];

/** A running language client, as the second bundle hands it over. */
export interface ServerConnection {
  /** resolves when the server is up; rejects when it could not be started */
  readonly started: Promise<void>;
  request<M extends IsmsRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>>;
  /** stops the server if it is running */
  stop(): Promise<void>;
}

/** Loads the language-client bundle and starts the client; `onDidChangeTree` gets isms/didChangeTree. */
export type ConnectionLoader = (onDidChangeTree: (p: TreeChange) => void) => ServerConnection;

export class ServerProxy implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeChange>();
  /** fired when the server has re-checked the workspace (tree, status and pickers may be stale) */
  readonly onDidChangeTree = this.changed.event;
  private readonly connection: Promise<ServerConnection>;
  private readonly started: Promise<ServerConnection>;
  private loaded: ServerConnection | undefined;

  constructor(load: ConnectionLoader) {
    // setImmediate: after activate() has returned, so that loading the client is not part of activation
    this.connection = new Promise((resolve, reject) =>
      setImmediate(() => {
        try {
          this.loaded = load((p) => this.changed.fire(p));
          resolve(this.loaded);
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }),
    );
    this.started = this.connection.then(async (c) => {
      await c.started;
      return c;
    });
  }

  /** resolves when the server is up; rejects when it could not be started */
  async whenStarted(): Promise<void> {
    await this.started;
  }

  /** A custom request, once the server is running: `request('isms/records', { kind: 'corrective-action' })`. */
  async request<M extends IsmsRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>> {
    return (await this.started).request(method, ...args);
  }

  /** stops the language server, if the client was loaded */
  async stop(): Promise<void> {
    await this.loaded?.stop();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
