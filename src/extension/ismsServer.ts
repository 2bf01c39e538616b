/**
 * The typed custom requests of src/common/protocol.ts behind one small object, so that the tree, the
 * status bar and the commands never touch the LanguageClient directly (and wait for it to be running).
 *
 * The language client lives in a second bundle (dist/languageClient.js, see languageClient.ts) that
 * this object loads on the next turn of the event loop: activate() returns without it, so VS Code
 * waits only for the small activation bundle. This file therefore imports protocol *types* only.
 */
import * as vscode from 'vscode';
import type {
  CalendarModel,
  ComputeEditResult,
  EditOperation,
  ExportParams,
  ExportResult,
  FindingSummary,
  FindingsWithoutCaParams,
  RecordSummary,
  RecordsParams,
  RuleDoc,
  StatusResult,
  TreeResult,
} from '../common/protocol';

/** A running language client, as the second bundle hands it over: one method per custom request. */
export interface IsmsConnection {
  /** resolves when the server is up; rejects when it could not be started */
  readonly started: Promise<void>;
  tree(): Promise<TreeResult>;
  status(): Promise<StatusResult>;
  findingsWithoutCa(params: FindingsWithoutCaParams): Promise<FindingSummary[]>;
  records(params: RecordsParams): Promise<RecordSummary[]>;
  calendar(rootUri: string): Promise<CalendarModel | null>;
  export(params: ExportParams): Promise<ExportResult | null>;
  computeEdit(op: EditOperation): Promise<ComputeEditResult>;
  rules(): Promise<RuleDoc[]>;
  /** stops the server if it is running */
  stop(): Promise<void>;
}

/** Loads the language-client bundle and starts the client; `onDidChangeTree` gets isms/didChangeTree. */
export type ConnectionLoader = (onDidChangeTree: (p: { ready: boolean }) => void) => IsmsConnection;

export class IsmsServer implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<{ ready: boolean }>();
  /** fired when the server has re-checked the workspace (tree, status and pickers may be stale) */
  readonly onDidChangeTree = this.changed.event;
  private readonly connection: Promise<IsmsConnection>;
  private readonly started: Promise<IsmsConnection>;
  private loaded: IsmsConnection | undefined;

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

  async tree(): Promise<TreeResult> {
    return (await this.started).tree();
  }

  async status(): Promise<StatusResult> {
    return (await this.started).status();
  }

  async findingsWithoutCa(rootUri?: string): Promise<FindingSummary[]> {
    return (await this.started).findingsWithoutCa({ rootUri });
  }

  async records(params: RecordsParams): Promise<RecordSummary[]> {
    return (await this.started).records(params);
  }

  async calendar(rootUri: string): Promise<CalendarModel | null> {
    return (await this.started).calendar(rootUri);
  }

  async export(params: ExportParams): Promise<ExportResult | null> {
    return (await this.started).export(params);
  }

  async computeEdit(op: EditOperation): Promise<ComputeEditResult> {
    return (await this.started).computeEdit(op);
  }

  /** the rules with their clauses (the client does not bundle the engine) */
  async rules(): Promise<RuleDoc[]> {
    return (await this.started).rules();
  }

  /** stops the language server, if the client was loaded */
  async stop(): Promise<void> {
    await this.loaded?.stop();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
