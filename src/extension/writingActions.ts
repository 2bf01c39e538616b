/**
 * Restricted Mode offers nothing that writes (issue 15.9). The commands that write are the ones the
 * manifest enables only in a trusted workspace (`enablement: isWorkspaceTrusted`), so the manifest is
 * the one list; a code action writes when it carries an edit or runs one of those commands. Pure: no
 * `vscode` import, so the unit tests check it against the real package.json.
 */

/** The slice of package.json this reads. */
export interface CommandManifest {
  contributes?: { commands?: readonly { command: string; enablement?: string }[] };
}

/** The ids of the commands the manifest enables only in a trusted workspace. */
export function writingCommands(manifest: CommandManifest): ReadonlySet<string> {
  const commands = manifest.contributes?.commands ?? [];
  return new Set(commands.filter((c) => /\bisWorkspaceTrusted\b/.test(c.enablement ?? '')).map((c) => c.command));
}

/** A code action as the language client hands it over: a bare command, or an action with an edit and/or a command. */
export type CodeActionLike = { command: string } | { edit?: unknown; command?: { command: string } };

/** True when applying it would write: it carries an edit, or it runs a writing command. */
export function isWritingAction(action: CodeActionLike, writing: ReadonlySet<string>): boolean {
  if (typeof action.command === 'string') return writing.has(action.command);
  if ('edit' in action && action.edit !== undefined) return true;
  return action.command !== undefined && writing.has(action.command.command);
}
