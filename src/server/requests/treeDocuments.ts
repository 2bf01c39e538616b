/**
 * The Documents branch of `isms/tree` (7.5.2, 7.5.3, A.5.1): the core's document register and mandatory
 * list as plain JSON, grouped the way a compliance manager works through them. Nothing is computed
 * here that the register does not say, so the tree, `isms report documents` and the rules agree.
 */
import type { IsmsWorkspace } from '../../core';
import { mandatoryDocuments } from '../../core/documents/mandatory';
import { documentRegister, type DocumentEntry } from '../../core/documents/register';
import { date } from '../../core/model/fields';
import type { TreeDocument, TreeDocuments } from '../../common/protocol';
import { recordLocation, str, titleOf } from './json';

export function treeDocuments(ws: IsmsWorkspace, today: string): TreeDocuments {
  const register = documentRegister(ws, today);
  const entries = register.map((entry) => ({ entry, doc: treeDocument(entry) }));
  const byId = (a: TreeDocument, b: TreeDocument) => a.id.localeCompare(b.id) || a.title.localeCompare(b.title);
  const where = (keep: (e: DocumentEntry) => boolean) =>
    entries
      .filter(({ entry }) => keep(entry))
      .map(({ doc }) => doc)
      .sort(byId);
  const due = where((e) => e.review.state === 'overdue' || e.review.state === 'due-soon').sort(
    (a, b) => (a.review.next ?? '').localeCompare(b.review.next ?? '') || byId(a, b),
  );
  // without the version history (the editor reads none) nobody can tell: no group rather than an empty one
  const historyKnown = ws.documentHistory?.available === true || register.some((e) => e.changedSinceApproval);
  return {
    all: where(() => true),
    dueForReview: due,
    awaitingApproval: where((e) => e.awaitingApproval),
    ...(historyKnown ? { changedSinceApproval: where((e) => e.changedSinceApproval !== undefined) } : {}),
    acknowledgementGaps: where((e) => !!e.acknowledgement && e.acknowledgement.acknowledged < e.acknowledgement.expected),
    mandatoryMissing: mandatoryDocuments(ws, today)
      .filter((item) => item.satisfiedBy.length === 0)
      .map(({ standard, clause, title }) => ({ standard, clause, title })),
  };
}

function treeDocument(e: DocumentEntry): TreeDocument {
  const r = e.record;
  const ack = e.acknowledgement;
  const change = e.changedSinceApproval;
  return {
    id: r.id ?? '',
    title: titleOf(r),
    ...optional('type', str(r, 'type')),
    ...optional('version', str(r, 'version')),
    ...optional('status', e.status),
    ...optional('owner', str(r, 'owner')),
    ...optional('approver', str(r, 'approver')),
    ...optional('approved', date(r, 'approved')),
    review: {
      state: e.review.state,
      ...optional('last', e.review.last?.date),
      ...optional('next', e.review.next),
      months: e.review.months,
    },
    awaitingApproval: e.awaitingApproval,
    approvalIncomplete: e.approvalIncomplete,
    ...(change
      ? {
          changedSinceApproval: {
            approvedIn: change.approval.commit,
            approvedOn: change.approval.date,
            changedIn: change.change.commit,
            changedOn: change.change.date,
          },
        }
      : {}),
    ...(ack
      ? {
          acknowledgement: {
            ...optional('version', ack.version),
            expected: ack.expected,
            acknowledged: ack.acknowledged,
            pending: ack.pending.length,
            overdue: ack.pending.filter((p) => p.overdue).length,
          },
        }
      : {}),
    location: recordLocation(r),
  };
}

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
