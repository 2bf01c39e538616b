/**
 * `isms check --format sarif` against the official SARIF 2.1.0 JSON schema (OASIS sarif-spec,
 * draft-07 edition, test/fixtures/sarif-2.1.0.schema.json), plus what GitHub code scanning needs
 * beyond the schema: rule ids that resolve, locations relative to %SRCROOT%, 1-based regions.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { RULES, RULES_DOC_URL } from '../../../src/core';

const REPO = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SCHEMA = path.join(REPO, 'test', 'fixtures', 'sarif-2.1.0.schema.json');

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
  message?: { text: string };
}
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          name: string;
          helpUri: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string; markdown: string };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: SarifLocation[];
      relatedLocations?: SarifLocation[];
      partialFingerprints?: Record<string, string>;
    }[];
  }[];
}

function sarifOf(args: string[]): { status: number | null; log: SarifLog; raw: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'sarif'], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  assert.equal(r.stderr, '');
  return { status: r.status, log: JSON.parse(r.stdout) as SarifLog, raw: r.stdout };
}

describe('isms check --format sarif', function () {
  this.timeout(60_000);
  let validate: ValidateFunction;
  let sample: { status: number | null; log: SarifLog; raw: string };

  before(function () {
    assert.ok(existsSync(CLI), `${CLI} is missing: build first with \`node esbuild.mjs\``);
    // strict: false — the OASIS schema uses keywords ajv's strict mode rejects; unicodeRegExp: false —
    // its `language` pattern has a stray ']' that only non-unicode regular expressions accept
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    sample = sarifOf(['examples/acme', '--today', '2026-11-25']);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    assert.equal(sample.status, 1);
    const ok = validate(sample.log);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    assert.ok(sample.log.runs[0].results.length > 10);
  });

  it('the schema check has teeth: a wrong level or a 0-based line is rejected', () => {
    const bad = JSON.parse(sample.raw) as SarifLog;
    bad.runs[0].results[0].level = 'fatal';
    assert.equal(validate(bad), false);
    const zero = JSON.parse(sample.raw) as SarifLog;
    zero.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(zero), false);
  });

  it('describes the tool and every rule, with help links into docs/rules.md', () => {
    const driver = sample.log.runs[0].tool.driver;
    assert.equal(driver.name, 'isms');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      RULES.map((r) => r.code),
    );
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, `${RULES_DOC_URL}#${rule.id.toLowerCase()}`);
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
  });

  it("every rule's help gives its requirement and links its documentation, as text and Markdown", () => {
    for (const [i, rule] of sample.log.runs[0].tool.driver.rules.entries()) {
      const info = RULES[i];
      assert.ok(rule.fullDescription.text.includes(info.clause), rule.id);
      assert.ok(rule.help.text.includes(info.clause) && rule.help.text.includes(rule.helpUri), rule.id);
      assert.ok(rule.help.markdown.includes(info.clause), rule.id);
      assert.ok(rule.help.markdown.includes(`](${rule.helpUri})`), rule.help.markdown);
    }
  });

  it("every result has partialFingerprints, the same as the GitLab report's fingerprints", () => {
    const results = sample.log.runs[0].results;
    const fingerprints = results.map((r) => r.partialFingerprints?.['ismsFingerprint/v1']);
    assert.ok(
      fingerprints.every((f) => typeof f === 'string' && /^[0-9a-f]{32}$/.test(f)),
      JSON.stringify(fingerprints),
    );
    assert.equal(new Set(fingerprints).size, fingerprints.length);
    const gitlab = spawnSync(process.execPath, [CLI, 'check', 'examples/acme', '--today', '2026-11-25', '--format', 'gitlab'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    assert.deepEqual(
      (JSON.parse(gitlab.stdout) as { fingerprint: string }[]).map((i) => i.fingerprint),
      fingerprints,
    );
  });

  it('every result names a rule of driver.rules, at its ruleIndex', () => {
    const { rules } = sample.log.runs[0].tool.driver;
    const ids = new Set(rules.map((r) => r.id));
    for (const result of sample.log.runs[0].results) {
      assert.ok(ids.has(result.ruleId), result.ruleId);
      assert.equal(rules[result.ruleIndex ?? -1]?.id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
    }
  });

  it('locations are relative to %SRCROOT% (the working folder) and resolve to real files', () => {
    const run = sample.log.runs[0];
    const srcroot = run.originalUriBaseIds['%SRCROOT%'].uri;
    assert.ok(srcroot.startsWith('file://') && srcroot.endsWith('/'), srcroot);
    assert.equal(fileURLToPath(srcroot).replace(/[\\/]$/, ''), REPO);
    for (const result of run.results) {
      for (const loc of [...result.locations, ...(result.relatedLocations ?? [])]) {
        const { artifactLocation, region } = loc.physicalLocation;
        assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(artifactLocation.uri.startsWith('examples/acme/'), artifactLocation.uri);
        assert.ok(existsSync(fileURLToPath(new URL(artifactLocation.uri, srcroot))), artifactLocation.uri);
        assert.ok(region.startLine >= 1 && region.startColumn >= 1, JSON.stringify(region));
        assert.ok(
          region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn),
          JSON.stringify(region),
        );
      }
    }
  });

  it('matches the text output: same count, same first line and column', () => {
    const text = spawnSync(process.execPath, [CLI, 'check', 'examples/acme', '--today', '2026-11-25', '--format', 'json'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    const json = JSON.parse(text.stdout) as { file: string; line: number; column: number; code: string }[];
    const results = sample.log.runs[0].results;
    assert.equal(results.length, json.length);
    results.forEach((r, i) => {
      const region = r.locations[0].physicalLocation.region;
      assert.deepEqual(
        [r.locations[0].physicalLocation.artifactLocation.uri, region.startLine, region.startColumn, r.ruleId],
        [json[i].file, json[i].line, json[i].column, json[i].code],
      );
    });
  });

  it('maps information to the SARIF level note', () => {
    const info = sarifOf(['examples/acme', '--today', '2026-11-25', '--rule', 'ISMS101=information']);
    const levels = info.log.runs[0].results.filter((r) => r.ruleId === 'ISMS101').map((r) => r.level);
    assert.ok(levels.length > 0);
    assert.deepEqual([...new Set(levels)], ['note']);
    assert.ok(validate(info.log), JSON.stringify(validate.errors));
  });
});
