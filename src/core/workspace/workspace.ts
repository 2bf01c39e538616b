/**
 * The workspace index of one ISMS folder: file → parsed records, id → records, id → references, and
 * the incremental checker. Feeding a file (from disk or an unsaved buffer) re-parses only that file;
 * `check()` re-runs record rules only for changed files and the files whose records refer to, or are
 * referred to by, the records that changed, and workspace rules only when a kind they read changed.
 */
import { MAX_FILE_BYTES, overByteLimit, utf8Length } from '../limits';
import { readConfig, defaultConfig, type ConfigProblem } from '../parse/config';
import { isMarkdownFile, parseFile, type ParsedFile } from '../parse/parseFile';
import { reparseEntry } from '../parse/registerEdit';
import { textHash } from './textHash';
import { isRecordFile, isSkippedFolder } from '../folders';
import type { DocumentHistory } from '../documents/history';
import { comparePositions, containsPosition, LineMap, pointRange } from '../parse/positions';
import type { IsmsConfig } from '../model/config';
import { spliced } from '../model/memo';
import type { Node } from 'yaml';
import type { Diagnostic, FileKey, IsmsRecord, Position, Range, RecordKind, RegisterHeader, Severity } from '../model/types';
import { FILE_LOCAL_RECORD_RULES, fileSkipped, RECORD_RULES, ruleByCode, unknownKind, WORKSPACE_RULES } from '../rules';
import { recordRefs, type RecordRef } from '../model/references';
import type { Report, Rule, RuleContext, WorkspaceRule } from '../rules/rule';

export interface CheckOptions {
  /** 'YYYY-MM-DD' */
  today: string;
  /** per-rule override by code ('ISMS101') or slug */
  rules?: Readonly<Record<string, Severity | 'off'>>;
}

/**
 * What one check() found. `byFile` and `all()` are built on first read (a map of every file costs
 * more than re-checking one record at 50,000 records); read a result before the next check() of the
 * same workspace, after which they throw rather than mix two checks.
 */
export interface CheckResult {
  /** every file of the workspace (and files removed since the last check, with []), in file order */
  readonly byFile: Map<FileKey, Diagnostic[]>;
  /** files whose diagnostics differ from the previous check */
  changed: Set<FileKey>;
  /** one file's diagnostics ([] for a file without any), without building `byFile` */
  diagnosticsOf(file: FileKey): Diagnostic[];
  all(): Diagnostic[];
}

export interface Reference {
  record: IsmsRecord;
  field: string;
  range: Range;
}

type RawDiagnostic = Diagnostic;

/**
 * Which files keep their text in the workspace (issue 20.4). `all` (the CLI, the tests): every file.
 * `open` (the language server): the files open in an editor (`setOpen`), the root's isms.yaml and the
 * Markdown files (ISMS905 reads their headings on every check); the other files keep a hash of the text
 * last parsed, and whoever needs their text reads it again through the host (scan.ts `currentText`).
 */
export type TextPolicy = 'all' | 'open';

export interface WorkspaceOptions {
  holdTexts?: TextPolicy;
}

const CONFIG_ELSEWHERE =
  "Only the isms.yaml at the root of the ISMS folder configures the ISMS: this file's ‘isms: config’ is ignored. " +
  'Move its settings into that isms.yaml.';

export class IsmsWorkspace {
  /** the texts the policy holds; the other files' are in `hashes` */
  private readonly texts = new Map<FileKey, string>();
  private readonly hashes = new Map<FileKey, string>();
  /** files open in an editor: their text is held whatever the policy (typing re-reads one register entry against it) */
  private readonly open = new Set<FileKey>();
  private readonly policy: TextPolicy;
  private readonly parsed = new Map<FileKey, ParsedFile>();
  private readonly skipped = new Map<FileKey, string>();
  private readonly byId = new Map<string, IsmsRecord[]>();
  private readonly refs = new Map<string, Reference[]>();
  /** kind → file → that file's records of the kind, kept up to date by replace() */
  private readonly kindFiles = new Map<RecordKind, Map<FileKey, IsmsRecord[]>>();
  /** kind → its records in file order: rebuilt on first read after a change of that kind */
  private readonly byKind = new Map<RecordKind, IsmsRecord[]>();
  private sortedFiles?: FileKey[];
  /** kind → file → the register header of that kind in the file; and kind → the headers in file order, built on first read */
  private readonly registerFiles = new Map<RecordKind, Map<FileKey, RegisterHeader>>();
  private readonly registerLists = new Map<RecordKind, RegisterHeader[]>();
  private configCache?: { config: IsmsConfig; problems: ConfigProblem[]; present: boolean };
  /** every file of the folder (not only Markdown and YAML), when the host listed them: links are checked against it */
  private listing?: Set<FileKey>;
  private history?: DocumentHistory;

  // what changed since the last check()
  private readonly dirtyFiles = new Set<FileKey>();
  private readonly affectedIds = new Set<string>();
  private readonly dirtyKinds = new Set<RecordKind>();
  /** files came or went, or were listed again (`fileExists`); a Markdown file's text changed (`textOf`) */
  private listingDirty = false;
  private markdownDirty = false;
  private configDirty = true;
  private lastOptionsKey = '';
  // results of the last check(), before severity overrides
  private readonly fileDiagnostics = new Map<FileKey, RawDiagnostic[]>();
  private readonly ruleDiagnostics = new Map<string, RawDiagnostic[]>();
  /** the same, file → rule code → that rule's diagnostics in the file, kept up to date when a rule re-runs */
  private readonly ruleDiagnosticsByFile = new Map<FileKey, Map<string, RawDiagnostic[]>>();
  /** record-rule results per record, reused while the record and what it depends on are unchanged */
  private readonly recordDiagnostics = new WeakMap<IsmsRecord, RawDiagnostic[]>();
  private readonly published = new Map<FileKey, { diagnostics: Diagnostic[]; keys: string[] }>();
  /** counts the checks, so that a CheckResult read after a later check() can tell */
  private generation = 0;
  /** the ids a record refers to, computed once per record object (records are never changed in place) */
  private readonly refsCache = new WeakMap<IsmsRecord, RecordRef[]>();
  /** per file, its last parse without YAML errors: kept while the file does not parse */
  private readonly lastGood = new Map<FileKey, ParsedFile>();
  /** files that do not parse now and whose records are those last read (some or all of them) */
  private readonly stale = new Set<FileKey>();
  /** records kept from a file's last good parse while it does not parse: indexed, but not checked, and their ranges are of the old text */
  private readonly staleRecords = new WeakSet<IsmsRecord>();

  constructor(
    readonly root: FileKey,
    options: WorkspaceOptions = {},
  ) {
    this.policy = options.holdTexts ?? 'all';
  }

  // ── feeding files ──────────────────────────────────────────────────────────

  /**
   * `parsed`: the file's parse done elsewhere (the CLI parses in worker threads); it must be what
   * `parseFile(file, text)` gives, which is what is used without it.
   */
  setFile(file: FileKey, text: string, parsed?: ParsedFile): void {
    if (this.parsed.has(file) && this.isTextOf(file, text)) {
      this.keepText(file, text);
      return;
    }
    // the same bound as for files read from disk, in the same unit (UTF-8 bytes), for unsaved buffers fed by the language server
    if (overByteLimit(text, MAX_FILE_BYTES)) {
      const mb = (utf8Length(text) / 1048576).toFixed(1);
      this.skipFile(file, `the text is ${mb} MB as UTF-8, over the ${MAX_FILE_BYTES / 1048576} MB limit for ISMS files`);
      return;
    }
    const oldText = this.texts.get(file);
    const previous = this.parsed.get(file);
    // one entry of a register edited: re-read that entry only (a file kept as last read is parsed whole);
    // a parse done elsewhere (the CLI's worker threads) is a full parse already
    const fast = !parsed && previous && oldText !== undefined && !this.stale.has(file) ? reparseEntry(previous, oldText, text) : undefined;
    const next = this.keepLastGood(file, parsed ?? fast ?? parseFile(file, text));
    this.replace(file, next, oldText, text);
    this.keepText(file, text);
    this.skipped.delete(file);
  }

  /**
   * A file opened (true) or closed (false) in an editor. An open file's text is held until it is closed
   * (the next setFile brings it); a closed one keeps a hash unless the policy holds its text anyway.
   */
  setOpen(file: FileKey, open: boolean): void {
    if (open) this.open.add(file);
    else if (this.open.delete(file)) {
      const text = this.texts.get(file);
      if (text !== undefined) this.keepText(file, text);
    }
  }

  /** Whether `text` is the text of `file` as last parsed (held, or by its hash). */
  isTextOf(file: FileKey, text: string): boolean {
    const held = this.texts.get(file);
    if (held !== undefined) return held === text;
    const hash = this.hashes.get(file);
    return hash !== undefined && hash === textHash(text);
  }

  private holdsText(file: FileKey): boolean {
    return this.policy === 'all' || this.open.has(file) || isMarkdownFile(file) || this.isConfigFile(file);
  }

  private keepText(file: FileKey, text: string): void {
    if (this.holdsText(file)) {
      this.texts.set(file, text);
      this.hashes.delete(file);
    } else {
      this.texts.delete(file);
      this.hashes.set(file, textHash(text));
    }
  }

  private forgetText(file: FileKey): void {
    this.texts.delete(file);
    this.hashes.delete(file);
  }

  deleteFile(file: FileKey): void {
    if (this.listing?.delete(file) || this.has(file)) this.listingDirty = true;
    this.forgetLastGood(file);
    if (!this.parsed.has(file) && !this.skipped.has(file)) return;
    this.replace(file, undefined);
    this.forgetText(file);
    this.skipped.delete(file);
  }

  /** The host could not use the file (too large, binary, unreadable): reported, its records dropped. */
  skipFile(file: FileKey, reason: string): void {
    this.forgetLastGood(file);
    // a file skipped is a file that exists (ISMS905 and ISMS963 ask)
    if (!this.has(file)) this.listingDirty = true;
    this.replace(file, undefined);
    this.forgetText(file);
    if (!this.skipped.has(file)) this.sortedFiles = undefined;
    this.skipped.set(file, reason);
    this.dirtyFiles.add(file);
  }

  /** The files of the folder as the host listed them, so that links to pictures or PDFs can be checked (ISMS905). */
  setListing(files: Iterable<FileKey>): void {
    this.listing = new Set(files);
    this.listingDirty = true;
  }

  /** The version history of the approved documents, read through the host (ISMS906). */
  setDocumentHistory(history: DocumentHistory): void {
    this.history = history;
    this.dirtyKinds.add('document');
  }

  get documentHistory(): DocumentHistory | undefined {
    return this.history;
  }

  has(file: FileKey): boolean {
    return this.parsed.has(file) || this.skipped.has(file);
  }

  files(): FileKey[] {
    this.sortedFiles ??= [...new Set([...this.parsed.keys(), ...this.skipped.keys()])].sort();
    return this.sortedFiles;
  }

  /**
   * The file's text as last parsed, when the workspace holds it (see TextPolicy); undefined for a file it
   * keeps only a hash of: read it again through the host (scan.ts `currentText`).
   */
  textOf(file: FileKey): string | undefined {
    return this.texts.get(file);
  }

  /**
   * The files that do not parse now and whose records are kept as last read (issue 15.3), sorted: the
   * views say so, since what they show of these files may be out of date.
   */
  staleFiles(): FileKey[] {
    return [...this.stale].sort();
  }

  /** Whether a record is kept from its file's last good parse while the file does not parse. */
  isStale(rec: IsmsRecord): boolean {
    return this.staleRecords.has(rec);
  }

  /** Why the file was skipped (ISMS009), or undefined when it was not. */
  skipReason(file: FileKey): string | undefined {
    return this.skipped.get(file);
  }

  // ── reading the index ──────────────────────────────────────────────────────

  get config(): IsmsConfig {
    return this.configState().config;
  }

  records(kind?: RecordKind): IsmsRecord[] {
    if (kind === undefined) return this.files().flatMap((f) => this.parsed.get(f)?.records ?? []);
    let list = this.byKind.get(kind);
    if (!list) {
      // built once; replace() then splices each file's records in, never re-sorting all the files
      const files = this.kindFiles.get(kind) ?? new Map<FileKey, IsmsRecord[]>();
      list = [...files.keys()].sort().flatMap((f) => files.get(f) ?? []);
      this.byKind.set(kind, list);
    }
    return list;
  }

  recordsById(id: string): IsmsRecord[] {
    return this.byId.get(id) ?? [];
  }

  /** The own fields of the register files of a kind (an SoA's version and approval), in file order. */
  registers(kind: RecordKind): RegisterHeader[] {
    // the same array until a header of the kind changes: rules may memoise on it (and it is read on every edit)
    let list = this.registerLists.get(kind);
    if (!list) {
      const files = this.registerFiles.get(kind) ?? new Map<FileKey, RegisterHeader>();
      list = [...files.keys()].sort().map((f) => files.get(f)!);
      this.registerLists.set(kind, list);
    }
    return list;
  }

  referencesTo(id: string): Reference[] {
    return this.refs.get(id) ?? [];
  }

  /** The innermost record at a position (a finding rather than its audit). */
  recordAt(file: FileKey, position: Position): IsmsRecord | undefined {
    let best: IsmsRecord | undefined;
    for (const rec of this.parsed.get(file)?.records ?? []) {
      // a stale record's ranges are of the text last read, not of this one
      if (this.staleRecords.has(rec) || !containsPosition(rec.range, position)) continue;
      if (!best || comparePositions(rec.range.start, best.range.start) >= 0) best = rec;
    }
    return best;
  }

  // ── checking ───────────────────────────────────────────────────────────────

  check(options: CheckOptions): CheckResult {
    const overrides = normaliseOverrides(options.rules);
    const optionsKey = `${options.today}|${JSON.stringify([...overrides])}`;
    const full = this.configDirty || optionsKey !== this.lastOptionsKey;
    const ctx = this.context(options.today);

    const touched = new Set<FileKey>();
    const recheck = full ? new Set(this.files()) : this.filesToRecheck();
    for (const file of recheck) {
      touched.add(file);
      if (this.has(file)) this.fileDiagnostics.set(file, this.checkFile(file, ctx, !full));
      else this.fileDiagnostics.delete(file);
    }
    // without a readable isms.yaml there is no programme or cycle to check, and nowhere to point
    const hasConfig = this.configState().present;
    for (const rule of WORKSPACE_RULES) {
      if (!full && !this.ruleDirty(rule)) continue;
      const found = hasConfig ? run(rule, (r) => rule.check(ctx, r), this.config.file) : [];
      this.setRuleDiagnostics(rule.code, found, touched);
    }
    this.dirtyFiles.clear();
    this.affectedIds.clear();
    this.dirtyKinds.clear();
    this.listingDirty = this.markdownDirty = false;
    this.configDirty = false;
    this.lastOptionsKey = optionsKey;

    const changed = new Set<FileKey>();
    const toAssemble = full ? new Set([...this.files(), ...this.published.keys()]) : touched;
    for (const file of toAssemble) {
      const fromRules = this.onFreshRecords(file, [...(this.ruleDiagnosticsByFile.get(file)?.values() ?? [])].flat());
      const diagnostics = applyOverrides([...(this.fileDiagnostics.get(file) ?? []), ...fromRules], overrides).sort(compareDiagnostics);
      const keys = diagnostics.map(diagnosticKey);
      if (!sameKeys(this.published.get(file)?.keys, keys)) changed.add(file);
      if (this.has(file) || diagnostics.length > 0) this.published.set(file, { diagnostics, keys });
      else this.published.delete(file);
    }
    return this.result(changed);
  }

  // ── internals ──────────────────────────────────────────────────────────────

  /**
   * A file that does not parse keeps what was last read from it: the entries recovered from the broken
   * text (fresh), plus the records of its last good parse that were not recovered (stale: indexed so that
   * references into the file stay resolved and counts stay right, but not checked, since their ranges are
   * of the old text). Also its configuration and register header. A file never read well keeps only what
   * was recovered.
   */
  private keepLastGood(file: FileKey, next: ParsedFile): ParsedFile {
    if (!next.unparsed) {
      this.stale.delete(file);
      if (next.isIsms) this.lastGood.set(file, next);
      else this.lastGood.delete(file);
      return next;
    }
    const good = this.lastGood.get(file);
    if (!good) {
      this.stale.delete(file);
      return next;
    }
    this.stale.add(file);
    const fresh = new Set(next.records.map(recordKey));
    const kept = good.records.filter((r) => !fresh.has(recordKey(r)));
    for (const rec of kept) this.staleRecords.add(rec);
    return {
      ...next,
      isIsms: true,
      records: [...next.records, ...kept],
      ...(good.config && !next.config ? { config: good.config } : {}),
      ...(good.register && !next.register ? { register: good.register } : {}),
    };
  }

  /** In a stale file, the workspace rules' diagnostics that lie on a record read from the text as it is now. */
  private onFreshRecords(file: FileKey, found: RawDiagnostic[]): RawDiagnostic[] {
    if (!this.stale.has(file) || found.length === 0) return found;
    const fresh = (this.parsed.get(file)?.records ?? []).filter((r) => !this.staleRecords.has(r));
    return found.filter((d) => fresh.some((r) => containsPosition(r.range, d.range.start)));
  }

  private forgetLastGood(file: FileKey): void {
    this.lastGood.delete(file);
    this.stale.delete(file);
  }

  /** The result of the check that just ran: its maps are built only when read, and only until the next check. */
  private result(changed: Set<FileKey>): CheckResult {
    const generation = ++this.generation;
    const files = this.files();
    const removed = [...changed].filter((f) => !this.has(f));
    const current = (): void => {
      if (this.generation !== generation)
        throw new Error('This CheckResult was read after a later check() of the workspace; read a result before checking again.');
    };
    const diagnosticsOf = (file: FileKey): Diagnostic[] => {
      current();
      return this.published.get(file)?.diagnostics ?? [];
    };
    let byFile: Map<FileKey, Diagnostic[]> | undefined;
    const build = (): Map<FileKey, Diagnostic[]> => {
      current();
      if (!byFile) {
        byFile = new Map();
        for (const file of removed.length ? [...files, ...removed].sort() : files) byFile.set(file, diagnosticsOf(file));
      }
      return byFile;
    };
    return {
      get byFile() {
        return build();
      },
      changed,
      diagnosticsOf,
      all: () => [...build().values()].flat(),
    };
  }

  /** A workspace rule's new diagnostics; the files of its old and new ones are `touched`. */
  private setRuleDiagnostics(code: string, found: RawDiagnostic[], touched: Set<FileKey>): void {
    for (const d of this.ruleDiagnostics.get(code) ?? []) {
      touched.add(d.file);
      const rules = this.ruleDiagnosticsByFile.get(d.file);
      rules?.delete(code);
      if (rules?.size === 0) this.ruleDiagnosticsByFile.delete(d.file);
    }
    this.ruleDiagnostics.set(code, found);
    for (const d of found) {
      touched.add(d.file);
      const rules = this.ruleDiagnosticsByFile.get(d.file) ?? new Map<string, RawDiagnostic[]>();
      // the rule's old lists were dropped above: a list found here is this run's, safe to append to
      const list = rules.get(code);
      if (list) list.push(d);
      else rules.set(code, [d]);
      this.ruleDiagnosticsByFile.set(d.file, rules);
    }
  }

  /** recordRefs, once per record object. */
  private refsOf(rec: IsmsRecord): RecordRef[] {
    let refs = this.refsCache.get(rec);
    if (!refs) {
      refs = recordRefs(rec);
      this.refsCache.set(rec, refs);
    }
    return refs;
  }

  /**
   * Swaps a file's parse. Records whose source is unchanged (same text at the same place) keep their
   * record-rule results and do not count as changed, so editing one entry of a register re-checks that
   * entry and what depends on its id, not the other two hundred.
   */
  private replace(file: FileKey, next: ParsedFile | undefined, oldText?: string, newText?: string): void {
    const previous = this.parsed.get(file);
    const isFresh = (r: IsmsRecord): boolean => !this.staleRecords.has(r);
    // a record that is the same object before and after (kept as last read, or an entry of a register
    // the edit did not touch, issue 20.3) is unchanged
    const before = new Set(previous?.records);
    const same = new Set((next?.records ?? []).filter((r) => before.has(r)));
    // the entries an edit re-read alone say themselves which records stayed: no need to compare texts
    const reread = [...same].some(isFresh);
    const unchanged =
      previous && next && oldText !== undefined && newText !== undefined && !reread
        ? unchangedRecords(previous.records.filter(isFresh), next.records.filter(isFresh), oldText, newText)
        : new Map<IsmsRecord, IsmsRecord>();
    for (const rec of same) unchanged.set(rec, rec);
    for (const [now, before] of unchanged) {
      const cached = this.recordDiagnostics.get(before);
      if (cached) this.recordDiagnostics.set(now, cached);
    }
    const kept = new Set(unchanged.values());
    // the same record objects stay indexed as they are
    this.unindexAll((previous?.records ?? []).filter((r) => !same.has(r)));
    if (!previous !== !next || this.skipped.has(file)) this.sortedFiles = undefined;
    if (next) this.parsed.set(file, next);
    else this.parsed.delete(file);
    for (const rec of next?.records ?? []) if (!same.has(rec)) this.index(rec);
    for (const kind of new Set([...(previous?.records ?? []), ...(next?.records ?? [])].map((r) => r.kind))) {
      const files = this.kindFiles.get(kind) ?? new Map<FileKey, IsmsRecord[]>();
      const before = files.get(file)?.length ?? 0;
      const mine = (next?.records ?? []).filter((r) => r.kind === kind);
      if (mine.length) files.set(file, mine);
      else files.delete(file);
      this.kindFiles.set(kind, files);
      // the lists hold record objects: new ones, even for unchanged records
      const list = this.byKind.get(kind);
      if (list) this.byKind.set(kind, spliceFile(list, file, before, mine));
    }
    this.dirtyFiles.add(file);
    // documents link to Markdown files and their headings, records or not, and to files that come and go
    if (isMarkdownFile(file)) this.markdownDirty = true;
    if (!previous !== !next) this.listingDirty = true;
    if (next) this.listing?.add(file);
    // a register's own fields (the SoA's approval) are read by workspace rules of its kind
    const [was, now] = [previous?.register, next?.register];
    if (was) this.setRegister(was.kind, file, undefined);
    if (now) this.setRegister(now.kind, file, now);
    if (was && (!now || was.kind !== now.kind)) this.dirtyKinds.add(was.kind);
    if (now && (!was || was.kind !== now.kind || !sameData(was.data, now.data))) this.dirtyKinds.add(now.kind);
    for (const rec of [...(previous?.records ?? []), ...(next?.records ?? [])]) {
      if (kept.has(rec) || unchanged.has(rec)) continue;
      if (rec.id !== undefined) this.affectedIds.add(rec.id);
      for (const ref of this.refsOf(rec)) this.affectedIds.add(ref.id);
      this.dirtyKinds.add(rec.kind);
    }
    if ((previous?.config || next?.config) && this.isConfigFile(file)) {
      this.configDirty = true;
      this.configCache = undefined;
    }
  }

  private setRegister(kind: RecordKind, file: FileKey, header: RegisterHeader | undefined): void {
    const files = this.registerFiles.get(kind) ?? new Map<FileKey, RegisterHeader>();
    if (header) files.set(file, header);
    else files.delete(file);
    this.registerFiles.set(kind, files);
    this.registerLists.delete(kind);
  }

  private index(rec: IsmsRecord): void {
    // appended in place: copying the list for each record was quadratic in records sharing an id
    if (rec.id !== undefined) appendTo(this.byId, rec.id, rec);
    for (const ref of this.refsOf(rec)) appendTo(this.refs, ref.id, { record: rec, field: ref.field, range: ref.range });
  }

  /** Drops a file's previous records from the indexes: one pass per id they used, not one per record. */
  private unindexAll(records: readonly IsmsRecord[]): void {
    if (records.length === 0) return;
    const gone = new Set(records);
    const ids = new Set<string>();
    for (const rec of records) {
      if (rec.id !== undefined) ids.add(rec.id);
      for (const ref of this.refsOf(rec)) ids.add(ref.id);
    }
    for (const id of ids) {
      const rest = (this.byId.get(id) ?? []).filter((r) => !gone.has(r));
      if (rest.length) this.byId.set(id, rest);
      else this.byId.delete(id);
      const refs = (this.refs.get(id) ?? []).filter((r) => !gone.has(r.record));
      if (refs.length) this.refs.set(id, refs);
      else this.refs.delete(id);
    }
  }

  /** Whether a workspace rule may find something else than it did: a kind it reads, or files it reads, changed. */
  private ruleDirty(rule: WorkspaceRule): boolean {
    if (rule.readsFiles && (this.listingDirty || (rule.readsFiles === 'markdown' && this.markdownDirty))) return true;
    return rule.dependsOn.some((k) => this.dirtyKinds.has(k));
  }

  /** Changed files, plus the files of records that share, define or refer to an id that changed. */
  private filesToRecheck(): Set<FileKey> {
    const files = new Set(this.dirtyFiles);
    for (const id of this.affectedIds) {
      for (const rec of this.recordsById(id)) files.add(rec.file);
      for (const ref of this.referencesTo(id)) files.add(ref.record.file);
    }
    return files;
  }

  private configState(): { config: IsmsConfig; problems: ConfigProblem[]; present: boolean } {
    if (!this.configCache) {
      // only <root>/isms.yaml configures the ISMS: any other file could replace it from a pull request (14.16)
      const file = [...this.parsed.values()].find((p) => p.config && this.isConfigFile(p.file));
      this.configCache = file?.config
        ? { ...readConfig(file.file, file.config), present: true }
        : { config: defaultConfig(`${this.root}/isms.yaml`), problems: [], present: false };
    }
    return this.configCache;
  }

  /** `<root>/isms.yaml`, the one file that configures the ISMS (the host joins with `/`, or `\\` on Windows). */
  private isConfigFile(file: FileKey): boolean {
    const sep = file[this.root.length];
    if (file.length !== this.root.length + '/isms.yaml'.length || !file.startsWith(this.root)) return false;
    return (sep === '/' || sep === '\\') && file.endsWith('isms.yaml');
  }

  private context(today: string): RuleContext {
    return {
      today,
      config: this.config,
      records: (kind) => this.records(kind),
      recordsById: (id) => this.recordsById(id),
      registers: (kind) => this.registers(kind),
      referencesTo: (id) => this.referencesTo(id),
      textOf: (file) => this.texts.get(file),
      fileExists: (file) => this.fileExists(file),
      documentHistory: this.history,
    };
  }

  /**
   * Whether a file of the folder exists: Markdown and YAML files are all fed to the workspace, other
   * files are known when the host listed the folder. Outside the root, or in folders the scan skips (`.github`, `node_modules`), unknown.
   */
  private fileExists(file: FileKey): boolean | undefined {
    if (this.parsed.has(file) || this.skipped.has(file)) return true;
    if (!file.startsWith(`${this.root}/`)) return undefined;
    const inside = file.slice(this.root.length + 1).split('/');
    if (inside.slice(0, -1).some(isSkippedFolder)) return undefined;
    // every Markdown and YAML file of the folder is fed to the workspace; other files only when listed
    if (isRecordFile(file)) return false;
    return this.listing ? this.listing.has(file) : undefined;
  }

  /**
   * The diagnostics of one file that need nothing but the file, isms.yaml and the date (`readsOnlyItsFile`,
   * rules/index.ts): what check() gives the file from those rules, whatever else the index holds yet. The
   * language server publishes them while a large ISMS is still being read (issue 20.1). Changes nothing.
   */
  fileLocalDiagnostics(file: FileKey, options: CheckOptions): Diagnostic[] {
    const ctx = fileLocalContext(this.config, options.today);
    const out = this.fileProblems(file);
    for (const rec of this.parsed.get(file)?.records ?? []) {
      if (this.staleRecords.has(rec)) continue;
      for (const rule of FILE_LOCAL_RECORD_RULES) {
        if (rule.kinds === 'all' || rule.kinds.includes(rec.kind)) out.push(...run(rule, (r) => rule.check(rec, ctx, r), file));
      }
    }
    return applyOverrides(out, normaliseOverrides(options.rules)).sort(compareDiagnostics);
  }

  /** The engine's own diagnostics of a file (skipped, parse problems, isms.yaml's): they read only the file and isms.yaml. */
  private fileProblems(file: FileKey): RawDiagnostic[] {
    const out: RawDiagnostic[] = [];
    const reason = this.skipped.get(file);
    if (reason !== undefined) {
      out.push(diagnostic(fileSkipped, { file, range: pointRange(0), message: `Not checked: ${reason}.` }));
      return out;
    }
    const parsed = this.parsed.get(file);
    if (!parsed) return out;
    const stale = this.stale.has(file);
    for (const p of parsed.problems)
      out.push({
        code: p.code,
        rule: p.code === 'ISMS001' ? 'yaml-syntax' : 'unknown-kind',
        severity: 'error',
        message: p.syntax ? `${p.message} ${meanwhile(parsed, stale)}` : p.message,
        file,
        range: p.range,
      });
    // a configuration kept from the last good parse points into the old text: its problems wait for the fix
    if (stale) {
      // the syntax problems above are what there is to fix first
    } else if (parsed.config && this.config.file === file) {
      for (const p of this.configState().problems)
        out.push({
          code: p.code,
          rule: p.code === 'ISMS002' ? 'invalid-date' : 'invalid-field',
          severity: 'error',
          message: p.message,
          file,
          range: p.range,
        });
    } else if (parsed.config) {
      const marker = parsed.config.locate(parsed.config.node.get('isms', true) as Node);
      out.push(diagnostic(unknownKind, { file, range: marker, message: CONFIG_ELSEWHERE }));
    }
    return out;
  }

  /** `reuse`: record-rule results cached for unchanged records may stand (not after a full invalidation). */
  private checkFile(file: FileKey, ctx: RuleContext, reuse: boolean): RawDiagnostic[] {
    const out = this.fileProblems(file);
    const parsed = this.parsed.get(file);
    if (!parsed) return out;
    for (const rec of parsed.records) {
      if (this.staleRecords.has(rec)) continue;
      let found = reuse ? this.recordDiagnostics.get(rec) : undefined;
      if (!found || this.isAffected(rec)) {
        found = [];
        for (const rule of RECORD_RULES) {
          if (rule.kinds !== 'all' && !rule.kinds.includes(rec.kind)) continue;
          found.push(...run(rule, (r) => rule.check(rec, ctx, r), file));
        }
        this.recordDiagnostics.set(rec, found);
      }
      out.push(...found);
    }
    return out;
  }

  /** Whether a record's cross-record results may have changed: it shares or names an id that changed. */
  private isAffected(rec: IsmsRecord): boolean {
    if (rec.id !== undefined && this.affectedIds.has(rec.id)) return true;
    return this.refsOf(rec).some((ref) => this.affectedIds.has(ref.id));
  }
}

/**
 * What a rule that is not cross-record may read (rule.ts): the configuration and the date. Anything else
 * throws, so that a rule wrongly declared shows at once ("rule failed", and in the tests) instead of
 * giving on a partly read index what it would not give on the whole one.
 */
function fileLocalContext(config: IsmsConfig, today: string): RuleContext {
  const refuse = (what: string) => (): never => {
    throw new Error(`a rule that is not cross-record read ${what}`);
  };
  return {
    today,
    config,
    records: refuse('records'),
    recordsById: refuse('records by id'),
    registers: refuse('registers'),
    referencesTo: refuse('references'),
    textOf: refuse('another file'),
    fileExists: refuse('the listing'),
    get documentHistory(): never {
      return refuse('version history')();
    },
  };
}

/** What becomes of a file's records while its YAML does not parse, said after each of its syntax errors. */
function meanwhile(parsed: ParsedFile, stale: boolean): string {
  if (stale) return 'Until it parses, the records last read from this file are used.';
  if (parsed.recovered) return 'Until it parses, only the entries of this register that read cleanly are checked.';
  return 'The records of this file are not checked until it parses.';
}

/** A record's identity across two parses of its file: kind and id (and its audit's), or its whole data when it has no id. */
function recordKey(rec: IsmsRecord): string {
  if (rec.id !== undefined) return `${rec.kind}\u0000${rec.parentId ?? ''}\u0000${rec.id}`;
  try {
    return `${rec.kind}\u0000\u0001${JSON.stringify(rec.data)}`;
  } catch {
    return `${rec.kind}\u0000\u0002${rec.range.start.line}`;
  }
}

/**
 * A per-kind list (records in file order) with `file`'s `before` records swapped for `records`: a
 * binary search for the file's place and one copy, so that the array a caller holds never changes.
 */
function spliceFile(list: readonly IsmsRecord[], file: FileKey, before: number, records: readonly IsmsRecord[]): IsmsRecord[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].file < file) lo = mid + 1;
    else hi = mid;
  }
  // one array, no intermediate slices: at 50,000 records these copies were a quarter of what an edit allocated
  const next = new Array<IsmsRecord>(list.length - before + records.length);
  for (let i = 0; i < lo; i++) next[i] = list[i];
  for (let i = 0; i < records.length; i++) next[lo + i] = records[i];
  for (let i = lo + before; i < list.length; i++) next[i - before + records.length] = list[i];
  spliced(next, list, lo, before);
  return next;
}

/**
 * The diagnostic of each report object a rule gave, so that a rule that reports a memoised report again
 * (ISMS602, one per department) gives the same diagnostic object, whose key is then not written again.
 */
const DIAGNOSTIC_OF = new WeakMap<Report, { rule: Rule; diagnostic: RawDiagnostic }>();
/** each diagnostic object's JSON, written once: a department's report lists thousands of actions at 50,000 records */
const KEY_OF = new WeakMap<Diagnostic, string>();

function diagnosticKey(d: Diagnostic): string {
  let key = KEY_OF.get(d);
  if (key === undefined) {
    key = JSON.stringify(d);
    KEY_OF.set(d, key);
  }
  return key;
}

/** Whether two files' diagnostics are the same, by their keys (the same string objects compare at once). */
function sameKeys(a: readonly string[] | undefined, b: readonly string[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function diagnostic(rule: Rule, r: Report): RawDiagnostic {
  const known = DIAGNOSTIC_OF.get(r);
  if (known?.rule === rule) return known.diagnostic;
  const made = makeDiagnostic(rule, r);
  DIAGNOSTIC_OF.set(r, { rule, diagnostic: made });
  return made;
}

function makeDiagnostic(rule: Rule, r: Report): RawDiagnostic {
  return {
    code: rule.code,
    rule: rule.name,
    severity: r.severity ?? rule.defaultSeverity,
    message: r.message,
    file: r.file,
    range: r.range,
    ...(r.related?.length ? { related: r.related } : {}),
    ...(r.data ? { data: r.data } : {}),
  };
}

/** Runs one rule; a bug in a rule becomes a diagnostic, never a stopped check. */
function run(rule: Rule, body: (report: (r: Report) => void) => void, fallbackFile: FileKey): RawDiagnostic[] {
  const found: RawDiagnostic[] = [];
  try {
    body((r) => found.push(diagnostic(rule, r)));
  } catch (e) {
    found.push({
      code: rule.code,
      rule: rule.name,
      severity: 'information',
      message: `Rule ${rule.code} failed on this file (${String(e)}); please report it.`,
      file: fallbackFile,
      range: pointRange(0),
    });
  }
  return found;
}

/** Overrides by rule code, in a Map: the setting's keys are the user's and may be any name (`__proto__`). */
function normaliseOverrides(rules: CheckOptions['rules']): Map<string, Severity | 'off'> {
  const out = new Map<string, Severity | 'off'>();
  for (const [k, v] of Object.entries(rules ?? {})) {
    out.set(ruleByCode(k)?.code ?? k.toUpperCase(), v);
  }
  return out;
}

function applyOverrides(list: RawDiagnostic[], overrides: ReadonlyMap<string, Severity | 'off'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of list) {
    const o = overrides.get(d.code);
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}

/** Whether two plain YAML values are equal; a value JSON cannot write (a cycle through aliases) counts as changed. */
function sameData(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** Appends to the list a map holds for `key` (the lists are the index's own, never handed out to keep). */
function appendTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    comparePositions(a.range.start, b.range.start) ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}

/**
 * New records whose source text and position equal a previous record's (management reviews: and their
 * body sections), mapped to that previous record. Positions equal, so every range inside is still right.
 */
function unchangedRecords(
  before: readonly IsmsRecord[],
  after: readonly IsmsRecord[],
  oldText: string,
  newText: string,
): Map<IsmsRecord, IsmsRecord> {
  const oldLines = new LineMap(oldText);
  const newLines = new LineMap(newText);
  const at = (r: IsmsRecord): string => `${r.kind}@${r.range.start.line}:${r.range.start.character}`;
  const source = (r: IsmsRecord, lines: LineMap, text: string): string =>
    text.slice(lines.offset(r.range.start), lines.offset(r.range.end)) +
    (r.sections ? JSON.stringify([...r.sections]) : '') +
    (r.blankSections ? JSON.stringify([...r.blankSections]) : '') +
    (r.links ? JSON.stringify(r.links) : '');
  const previous = new Map(before.map((r) => [at(r), r]));
  const same = new Map<IsmsRecord, IsmsRecord>();
  for (const r of after) {
    const p = previous.get(at(r));
    if (p && comparePositions(p.range.end, r.range.end) === 0 && source(p, oldLines, oldText) === source(r, newLines, newText))
      same.set(r, p);
  }
  return same;
}
