/**
 * The real, built language server (dist/server.js) over stdio, driven the way an editor drives it:
 * initialize with a workspace folder, answer workspace/configuration, collect publishDiagnostics.
 * Shared by the server tests; build first (`node esbuild.mjs`).
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import type { IsmsRequestMethod, RequestArgs, RequestResult } from '../../../src/common/protocol';

// the tests are bundled to out/test/unit/**/*.test.js: the repository is above `out/`, at any depth
export const SERVER = resolve(__dirname.slice(0, __dirname.lastIndexOf(`${sep}out${sep}`)), 'dist/server.js');

export class Client {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  treeChanges = 0;
  /** workspace/configuration requests the server sent */
  configurationRequests = 0;
  /** window/workDoneProgress/create requests the server sent */
  progressRequests = 0;
  /** what the server sent, in order: publishDiagnostics (uri and codes), $/progress values, tree notifications, log lines */
  readonly events: (
    | { type: 'publish'; uri: string; codes: string[] }
    | { type: 'progress'; value: { kind: string; message?: string; percentage?: number } }
    | { type: 'tree'; ready: boolean }
    | { type: 'log'; message: string }
  )[] = [];
  private waiters: (() => void)[] = [];
  readonly connection: ProtocolConnection;

  constructor(
    readonly child: ChildProcess,
    private readonly settings: Record<string, unknown>,
  ) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.events.push({ type: 'publish', uri: p.uri, codes: p.diagnostics.map((d) => String(d.code)).sort() });
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    this.connection.onNotification('isms/didChangeTree', (p: { ready: boolean }) => {
      this.events.push({ type: 'tree', ready: p.ready });
      this.treeChanges++;
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.events.push({ type: 'log', message: p.message });
    });
    this.connection.onRequest('window/workDoneProgress/create', () => {
      this.progressRequests++;
      return null;
    });
    this.connection.onNotification('$/progress', (p: { value: { kind: string; message?: string; percentage?: number } }) => {
      this.events.push({ type: 'progress', value: p.value });
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      return p.items.map((i) => (i.section === 'isms' ? this.settings : null));
    });
    this.connection.listen();
  }

  /** A custom request of the protocol's request map, typed as the client's ServerProxy sends it. */
  request<M extends IsmsRequestMethod>(method: M, ...args: RequestArgs<M>): Promise<RequestResult<M>> {
    return args.length
      ? this.connection.sendRequest<RequestResult<M>>(method, args[0])
      : this.connection.sendRequest<RequestResult<M>>(method);
  }

  codes(uri: string): string[] {
    return (this.diagnostics.get(uri) ?? []).map((d) => String(d.code)).sort();
  }

  /** Resolves when the predicate holds after some notification; fails with what was seen. */
  async until(what: string, predicate: () => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out waiting for ${what}; diagnostics: ${JSON.stringify([...this.diagnostics].map(([u, d]) => [u, d.map((x) => x.code)]))}\nlogs:\n${this.logs.join('\n')}`,
        );
      }
      await new Promise<void>((res) => {
        this.waiters.push(res);
        setTimeout(res, 100);
      });
    }
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }
}

/**
 * Spawns the server on one workspace folder and completes the initialize handshake (`initializationOptions`
 * sent as given). `options.env` is added to the server's environment; the V8 code cache is off unless it
 * sets ISMS_CODE_CACHE, so that tests write nothing to the user's cache folder. `options.window`: the client's
 * window capabilities, e.g. `{ workDoneProgress: true }`.
 */
export async function startServer(
  folder: string,
  settings: Record<string, unknown>,
  initializationOptions?: Record<string, unknown>,
  options: { env?: Record<string, string>; window?: Record<string, unknown> } = {},
): Promise<{ client: Client; capabilities: Record<string, unknown> }> {
  assert.ok(existsSync(SERVER), 'build first: node esbuild.mjs');
  const child = spawn(process.execPath, [SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ISMS_CODE_CACHE: 'off', ...options.env },
  });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[server] ${d.toString()}`));
  const client = new Client(child, settings);
  const result = (await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
      ...(options.window ? { window: options.window } : {}),
    },
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'isms' }],
    ...(initializationOptions ? { initializationOptions } : {}),
  })) as { capabilities: Record<string, unknown> };
  await client.connection.sendNotification('initialized', {});
  return { client, capabilities: result.capabilities };
}

/** shutdown + exit, then make sure the process is gone. */
export async function stopServer(client: Client | undefined): Promise<void> {
  if (!client) return;
  try {
    await Promise.race([client.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    await client.connection.sendNotification('exit');
  } catch {
    // the process may be gone already
  }
  client.connection.dispose();
  client.child.kill();
}
