/**
 * What the breach rules (ISMS701, ISMS705–ISMS708) need to know of an incident, read once: whether it is a
 * personal data breach, the organisation's role for the data (controller or processor) and the laws that
 * apply. Each may be unreadable; the rules then conclude nothing from it and ISMS707 says so once.
 */
import { plusDays } from '../../dates';
import { booleanValue, date, enumValue, ids, text } from '../../model/fields';
import { listsStandard } from '../../model/standards';
import type { IsmsRecord } from '../../model/types';
import type { RuleContext } from '../rule';

export type Regime = 'gdpr' | 'popia';
export type Role = 'controller' | 'processor';

/** How `regimes:` (and `standards:`) name the laws: UK GDPR is the GDPR as retained in UK law, same Art. 33. */
const REGIME_NAMES: Readonly<Record<string, Regime>> = {
  gdpr: 'gdpr',
  'eu-gdpr': 'gdpr',
  'uk-gdpr': 'gdpr',
  ukgdpr: 'gdpr',
  popia: 'popia',
  popi: 'popia',
};

export const regimeOf = (written: string): Regime | undefined => {
  const key = written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return Object.prototype.hasOwnProperty.call(REGIME_NAMES, key) ? REGIME_NAMES[key] : undefined;
};

export type Known<T> = { state: 'known'; value: T; from: string } | { state: 'unreadable'; why: string };

export interface BreachFacts {
  detected: string;
  /** `personal-data:`: true, or unreadable (false and absent are no breach: the rules never see them) */
  personal: Known<true>;
  role: Known<Role>;
  /** the laws that apply; `unknown` holds `regimes:` values no law of the rules has */
  regimes: { gdpr: boolean; popia: boolean; unknown: string[]; fromIncident: boolean };
  /** `notification:`, the controller's decision whether the authority must be told */
  decision: 'required' | 'not-required' | 'none' | 'unreadable';
  notifiedAuthority?: string;
  controllerNotified?: string;
}

/** The date the authority was told: `notified-authority`, or the older `notified`. */
export const notifiedAuthority = (incident: IsmsRecord): string | undefined =>
  date(incident, 'notified-authority') ?? date(incident, 'notified');

/** A deadline in hours, counted in whole days in the organisation's favour: detected on D, 72 hours end with D + 3. */
export const deadlineAfterHours = (detected: string, hours: number): string => plusDays(detected, Math.ceil(hours / 24));

function regimesOf(incident: IsmsRecord, standards: readonly string[]): BreachFacts['regimes'] {
  const written = ids(incident, 'regimes');
  if (written.length > 0) {
    const known = written.map(regimeOf);
    const unknown = written.filter((_, i) => known[i] === undefined);
    return { gdpr: known.includes('gdpr'), popia: known.includes('popia'), unknown, fromIncident: true };
  }
  const listed = (r: Regime): boolean => listsStandard(standards, r) || standards.some((k) => regimeOf(k) === r);
  return { gdpr: listed('gdpr'), popia: listed('popia'), unknown: [], fromIncident: false };
}

/** The processing activity the incident names, when exactly one record of that kind has the id. */
function processingActivity(incident: IsmsRecord, ctx: RuleContext): IsmsRecord | undefined {
  const id = text(incident, 'processing-activity');
  const found = id ? ctx.recordsById(id).filter((r) => r.kind === 'processing-activity') : [];
  return found.length === 1 ? found[0] : undefined;
}

function roleOf(incident: IsmsRecord, ctx: RuleContext): Known<Role> {
  const own = enumValue(incident, 'role');
  if (own.state === 'known') return { state: 'known', value: own.value as Role, from: '‘role:’ of the incident' };
  if (own.state === 'unreadable')
    return { state: 'unreadable', why: `its ‘role: ${String(own.written)}’ is neither controller nor processor` };
  const activity = processingActivity(incident, ctx);
  const theirs = activity ? enumValue(activity, 'role') : { state: 'absent' as const };
  if (theirs.state === 'known') return { state: 'known', value: theirs.value as Role, from: `‘role:’ of ${activity?.id ?? ''}` };
  if (theirs.state === 'unreadable')
    return {
      state: 'unreadable',
      why: `the ‘role: ${String(theirs.written)}’ of ${activity?.id ?? ''} is neither controller nor processor`,
    };
  return { state: 'known', value: ctx.config.privacy.role, from: '‘privacy.role’ of isms.yaml' };
}

/**
 * The facts of a possible personal data breach, or undefined when the incident is none the rules look at:
 * not personal data (false or absent), no readable detection date or one after today, or no law applies.
 */
export function breachFacts(incident: IsmsRecord, ctx: RuleContext): BreachFacts | undefined {
  const detected = date(incident, 'detected');
  if (!detected || detected > ctx.today) return undefined;
  const personal = booleanValue(incident, 'personal-data');
  if (personal.state === 'absent' || (personal.state === 'known' && !personal.value)) return undefined;
  const regimes = regimesOf(incident, ctx.config.standards);
  if (!regimes.gdpr && !regimes.popia && regimes.unknown.length === 0) return undefined;
  const decision = enumValue(incident, 'notification');
  return {
    detected,
    personal:
      personal.state === 'known'
        ? { state: 'known', value: true, from: '‘personal-data:’' }
        : { state: 'unreadable', why: `‘personal-data: ${String(personal.written)}’ is neither true nor false` },
    role: roleOf(incident, ctx),
    regimes,
    decision:
      decision.state === 'known' ? (decision.value as 'required' | 'not-required') : decision.state === 'absent' ? 'none' : 'unreadable',
    notifiedAuthority: notifiedAuthority(incident),
    controllerNotified: date(incident, 'controller-notified'),
  };
}

/**
 * Whether the facts are read well enough for a deadline rule: a personal data breach, the role known, a law
 * known to apply. Anything less is ISMS707's to say, once.
 */
export const readable = (f: BreachFacts): f is BreachFacts & { personal: { state: 'known' }; role: { state: 'known' } } =>
  f.personal.state === 'known' && f.role.state === 'known' && (f.regimes.gdpr || f.regimes.popia);

export const roleOfFacts = (f: BreachFacts): Role | undefined => (f.role.state === 'known' ? f.role.value : undefined);
