/**
 * The "Get started" walkthrough (issue 15.10): each step completes on the event that shows it was done,
 * whichever way the user did it — an isms.yaml exists, a corrective action is in the ISMS, the calendar
 * was opened — through context keys the extension sets; its text speaks of what the .vsix ships.
 */
import '../support/vscodeStub';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import pkg from '../../../package.json';
import {
  HAS_CONFIG,
  HAS_CORRECTIVE_ACTION,
  updateWalkthroughContext,
  type WalkthroughSources,
} from '../../../src/extension/walkthroughContext';

const REPO = path.resolve(__dirname, '../../../..');

interface Step {
  id: string;
  description: string;
  media: { markdown?: string };
  completionEvents?: string[];
}

const steps = (pkg.contributes.walkthroughs[0].steps as Step[]).map((s) => ({ ...s, events: s.completionEvents ?? [] }));
const step = (id: string) => {
  const s = steps.find((x) => x.id === id);
  assert.ok(s, `a step ${id}`);
  return s;
};

describe('walkthrough: steps complete on the events that matter', () => {
  it('"Open or initialise" completes when an isms.yaml exists, however it got there', () => {
    assert.ok(step('open').events.includes(`onContext:${HAS_CONFIG}`), JSON.stringify(step('open').events));
    assert.ok(step('open').events.includes('onCommand:isms.initWorkspace'));
  });

  it('"Log a corrective action" completes on the command, or once the ISMS holds a corrective action', () => {
    const events = step('correctiveAction').events;
    assert.ok(events.includes('onCommand:isms.logCorrectiveAction'));
    assert.ok(events.includes(`onContext:${HAS_CORRECTIVE_ACTION}`), JSON.stringify(events));
  });

  it('a step completes when the calendar is opened', () => {
    assert.ok(
      steps.some((s) => s.events.includes('onCommand:isms.showCalendar')),
      'a step on isms.showCalendar',
    );
  });

  it('every step has a completion event, and each command it waits for exists', () => {
    const contributed = new Set(pkg.contributes.commands.map((c) => c.command));
    for (const s of steps) {
      assert.ok(s.events.length > 0, `${s.id} has completion events`);
      for (const e of s.events) {
        const command = /^onCommand:(.+)$/.exec(e)?.[1];
        if (command && command.startsWith('isms.') && !command.endsWith('.focus')) assert.ok(contributed.has(command), e);
      }
    }
  });

  it('every context key a step waits for is set by the extension', () => {
    const source = ['walkthroughContext.ts', 'auditCycleTree.ts', 'statusBar.ts']
      .map((f) => readFileSync(path.join(REPO, 'src/extension', f), 'utf8'))
      .join('\n');
    for (const e of steps.flatMap((s) => s.events)) {
      const key = /^onContext:(.+)$/.exec(e)?.[1];
      if (key) assert.ok(source.includes(`'${key}'`), `${key} is set`);
    }
  });

  it('the text speaks of what the .vsix ships: no examples/ folder; the media files exist and are packaged', () => {
    const ignore = readFileSync(path.join(REPO, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!media\/\*\*$/m);
    assert.doesNotMatch(ignore, /^!examples/m, 'the sample is not shipped');
    for (const s of steps) {
      assert.doesNotMatch(s.description, /examples\//, s.id);
      const media = s.media.markdown;
      assert.ok(media && existsSync(path.join(REPO, media)), `${s.id}: ${media}`);
      assert.doesNotMatch(readFileSync(path.join(REPO, media), 'utf8'), /examples\//, media);
    }
  });
});

describe('walkthrough context keys', () => {
  const sources = (configs: boolean, actions: number, set: string[]): WalkthroughSources => ({
    hasConfigFile: async () => configs,
    correctiveActionCount: async () => actions,
    setContext: (key, value) => void set.push(`${key}=${String(value)}`),
  });

  it('sets each key once it is true, and keeps waiting for the others', async () => {
    const set: string[] = [];
    const pending = new Set([HAS_CONFIG, HAS_CORRECTIVE_ACTION]);
    await updateWalkthroughContext(sources(false, 0, set), pending);
    assert.deepEqual(set, []);
    await updateWalkthroughContext(sources(true, 0, set), pending);
    assert.deepEqual(set, ['isms.hasConfig=true']);
    assert.deepEqual([...pending], [HAS_CORRECTIVE_ACTION]);
    await updateWalkthroughContext(sources(true, 2, set), pending);
    assert.deepEqual(set, ['isms.hasConfig=true', 'isms.hasCorrectiveAction=true']);
    assert.equal(pending.size, 0);
  });

  it('a failing source (the server not started yet) leaves the key unset', async () => {
    const set: string[] = [];
    const failing: WalkthroughSources = {
      hasConfigFile: () => Promise.reject(new Error('no folder')),
      correctiveActionCount: () => Promise.reject(new Error('not started')),
      setContext: (key) => void set.push(key),
    };
    const pending = await updateWalkthroughContext(failing, new Set([HAS_CONFIG, HAS_CORRECTIVE_ACTION]));
    assert.deepEqual(set, []);
    assert.equal(pending.size, 2);
  });
});
