/** Records as the plain JSON of the protocol: where they are (as URIs), their title and string fields. */
import type { IsmsRecord, Location } from '../../core';
import type { RecordLocation } from '../../common/protocol';
import { pathToUri } from '../uris';

export const locationOf = (l: Location): RecordLocation => ({ uri: pathToUri(l.file), range: l.range });
export const recordLocation = (r: IsmsRecord): RecordLocation => ({ uri: pathToUri(r.file), range: r.anchor });

/** A string or number field as a string; undefined for anything else. */
export const str = (r: IsmsRecord, key: string): string | undefined => {
  const v = r.data[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};

export const titleOf = (r: IsmsRecord): string => str(r, 'title') ?? str(r, 'text') ?? r.id ?? r.kind;
