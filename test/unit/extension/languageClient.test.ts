import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_LAUNCH, serverForkOptions } from '../../../src/common/serverLaunch';

const REPO = join(__dirname, '..', '..', '..', '..');
const source = (file: string): string => readFileSync(join(REPO, file), 'utf8');

describe('language client: how the server is started (issue 20.4)', () => {
  it('forks the server with the shared V8 flags and environment', () => {
    const run = serverForkOptions(false);
    assert.deepEqual(run.execArgv, [...SERVER_LAUNCH.execArgv]);
    assert.deepEqual(run.env, { ...SERVER_LAUNCH.env });
    const debug = serverForkOptions(true);
    assert.deepEqual(debug.execArgv.slice(0, SERVER_LAUNCH.execArgv.length), [...SERVER_LAUNCH.execArgv]);
    assert.ok(debug.execArgv.includes('--inspect=6009'));
    assert.deepEqual(debug.env, { ...SERVER_LAUNCH.env });
  });

  it('lets the server compact its heap after the first index, caps the young generation and malloc arenas', () => {
    assert.ok(SERVER_LAUNCH.execArgv.includes('--expose-gc'));
    assert.ok(SERVER_LAUNCH.execArgv.some((f) => /^--max-semi-space-size=\d+$/.test(f)));
    assert.equal(SERVER_LAUNCH.env.MALLOC_ARENA_MAX, '2');
  });

  it("is the client's run and debug server options, and the bench's spawn", () => {
    const client = source('src/extension/languageClient.ts');
    assert.match(client, /run: \{ module, transport: TransportKind\.ipc, options: serverForkOptions\(false\) \}/);
    assert.match(client, /debug: \{ module, transport: TransportKind\.ipc, options: serverForkOptions\(true\) \}/);
    const bench = source('bench/lspLatency.ts');
    assert.match(bench, /import \{ SERVER_LAUNCH \} from '\.\.\/src\/common\/serverLaunch'/);
    assert.match(bench, /SERVER_LAUNCH\.execArgv/);
    assert.match(bench, /SERVER_LAUNCH\.env/);
  });
});
