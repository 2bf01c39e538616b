/** Test support for the document rules: a document's Markdown from its front matter fields and body. */
export function documentFile(fields: Record<string, string | undefined>, body = '# Policy\n\nText.\n'): string {
  const lines = ['---', 'isms: document'];
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) lines.push(`${k}: ${v}`);
  lines.push('---');
  return `${lines.join('\n')}\n${body}`;
}

export const APPROVED = {
  id: 'POL-001',
  title: 'Access Control Policy',
  type: 'policy',
  version: '"1.0"',
  status: 'approved',
  approver: 'Alex Morgan',
  approved: '2026-03-02',
};
