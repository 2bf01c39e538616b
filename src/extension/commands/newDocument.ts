/**
 * "ISMS: New document" (7.5.2): a Markdown file with document front matter — a draft at version 0.1,
 * nothing approved — and the headings of its type (documentTemplates.ts). Asks type, title, id
 * (suggested), owner and folder; with all of `{ type, title, id, folder }` given it asks nothing. The
 * server computes the file (newRecordFile); it is created with `overwrite: false`, never over a file.
 */
import type { TreeRoot } from '../../common/protocol';
import { runWizard, type Step } from '../multiStepInput';
import { ensureTrusted } from '../trust';
import { applyResults } from '../workspaceEdits';
import {
  DOCUMENT_TEMPLATES,
  NEW_DOCUMENT_TYPES,
  documentFileStem,
  newDocumentBody,
  newDocumentRecord,
  suggestDocumentId,
  type NewDocument,
  type NewDocumentType,
} from './documentTemplates';
import { objectArg, pickRoot, stringField, usualFolder, type CommandContext } from './shared';

interface Draft {
  type?: NewDocumentType;
  title?: string;
  id?: string;
  owner?: string;
  folder?: string;
}

const isType = (v: string | undefined): v is NewDocumentType => NEW_DOCUMENT_TYPES.includes(v as NewDocumentType);

/** The folder for a new document of the type: where that type lives, else where documents live, else the template's. */
function folderFor(root: TreeRoot, type: NewDocumentType): string {
  const docs = root.documents.all;
  const uris = (list: typeof docs) => list.map((d) => d.location.uri);
  const ofType = docs.filter((d) => d.type === type);
  return usualFolder(root.rootUri, uris(ofType.length ? ofType : docs), DOCUMENT_TEMPLATES[type].folder);
}

function wizardSteps(root: TreeRoot): Step<Draft>[] {
  const ids = new Set(root.documents.all.map((d) => d.id));
  return [
    async (input, s) => {
      const items = NEW_DOCUMENT_TYPES.map((type) => ({ label: type, detail: DOCUMENT_TEMPLATES[type].detail }));
      const picked = await input.showQuickPick({
        placeholder: 'What kind of document?',
        items,
        activeItem: items.find((i) => i.label === s.type),
      });
      s.type = picked.label;
    },
    async (input, s) => {
      s.title = await input.showInputBox({
        prompt: 'Title',
        placeholder: 'Access Control Policy',
        value: s.title,
        validate: (v) => (v.trim() ? undefined : 'A document needs a title (7.5.2 a).'),
      });
    },
    async (input, s) => {
      s.id = await input.showInputBox({
        prompt: 'Document id (the reference other records use)',
        value: s.id ?? suggestDocumentId(DOCUMENT_TEMPLATES[s.type ?? 'other'].prefix, ids),
        validate: (v) =>
          !/^[A-Za-z0-9][\w.-]*$/.test(v.trim())
            ? 'Letters, digits, ‘.’, ‘_’ and ‘-’.'
            : ids.has(v.trim())
              ? `${v.trim()} is taken.`
              : undefined,
      });
    },
    async (input, s) => {
      s.owner = await input.showInputBox({ prompt: 'Owner: who maintains it (7.5.2 a); may stay empty', value: s.owner });
    },
    async (input, s) => {
      s.folder = await input.showInputBox({
        prompt: 'Folder, relative to the ISMS root',
        value: s.folder ?? folderFor(root, s.type ?? 'other'),
        validate: (v) => (/^(\/|[A-Za-z]:)|(^|[\\/])\.\.([\\/]|$)/.test(v.trim()) ? 'A folder inside the ISMS root.' : undefined),
      });
    },
  ];
}

export async function newDocument(ctx: CommandContext, arg?: unknown): Promise<string | undefined> {
  if (!ensureTrusted('New document')) return undefined;
  const a = objectArg(arg);
  const root = await pickRoot(ctx, stringField(a, 'rootUri') ?? stringField(objectArg(a.root), 'rootUri'));
  if (!root) return undefined;
  const given = stringField(a, 'type');
  const draft: Draft = {
    type: isType(given) ? given : undefined,
    title: stringField(a, 'title'),
    id: stringField(a, 'id'),
    owner: stringField(a, 'owner'),
    folder: stringField(a, 'folder'),
  };
  const complete = draft.type && draft.title && draft.id && draft.folder !== undefined;
  if (!complete && !(await runWizard('New document', wizardSteps(root), draft))) return undefined;
  if (!draft.type || !draft.title || !draft.id) return undefined;
  const doc: NewDocument = { type: draft.type, title: draft.title, id: draft.id, owner: draft.owner || undefined };
  const result = await ctx.server.request('isms/computeEdit', {
    op: 'newRecordFile',
    rootUri: root.rootUri,
    kind: 'document',
    record: newDocumentRecord(doc),
    folder: draft.folder ?? folderFor(root, doc.type),
    body: newDocumentBody(doc),
    fileName: documentFileStem(doc.title, doc.id),
  });
  if (!(await applyResults([result], 'create the document'))) return undefined;
  return doc.id;
}
