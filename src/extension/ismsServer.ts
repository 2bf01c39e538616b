/**
 * The typed custom requests of src/common/protocol.ts behind one small object, so that the tree, the
 * status bar and the commands never touch the LanguageClient directly (and wait for it to be running).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CalendarRequest,
  ComputeEditRequest,
  ExportRequest,
  DidChangeTreeNotification,
  FindingsWithoutCaRequest,
  RecordsRequest,
  StatusRequest,
  TreeDataRequest,
  type CalendarModel,
  type ComputeEditResult,
  type ExportParams,
  type ExportResult,
  type EditOperation,
  type FindingSummary,
  type RecordSummary,
  type RecordsParams,
  type StatusResult,
  type TreeResult,
} from '../common/protocol';

export class IsmsServer implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<{ ready: boolean }>();
  /** fired when the server has re-checked the workspace (tree, status and pickers may be stale) */
  readonly onDidChangeTree = this.changed.event;
  private readonly started: Promise<void>;

  constructor(private readonly client: LanguageClient) {
    // registered before start: the client keeps the handler and installs it once connected
    client.onNotification(DidChangeTreeNotification.type, (p) => this.changed.fire(p));
    this.started = client.start();
  }

  /** resolves when the server is up; rejects when it could not be started */
  whenStarted(): Promise<void> {
    return this.started;
  }

  async tree(): Promise<TreeResult> {
    await this.started;
    return this.client.sendRequest(TreeDataRequest.type);
  }

  async status(): Promise<StatusResult> {
    await this.started;
    return this.client.sendRequest(StatusRequest.type);
  }

  async findingsWithoutCa(rootUri?: string): Promise<FindingSummary[]> {
    await this.started;
    return this.client.sendRequest(FindingsWithoutCaRequest.type, { rootUri });
  }

  async records(params: RecordsParams): Promise<RecordSummary[]> {
    await this.started;
    return this.client.sendRequest(RecordsRequest.type, params);
  }

  async calendar(rootUri: string): Promise<CalendarModel | null> {
    await this.started;
    return this.client.sendRequest(CalendarRequest.type, { rootUri });
  }

  async export(params: ExportParams): Promise<ExportResult | null> {
    await this.started;
    return this.client.sendRequest(ExportRequest.type, params);
  }

  async computeEdit(op: EditOperation): Promise<ComputeEditResult> {
    await this.started;
    return this.client.sendRequest(ComputeEditRequest.type, op);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
