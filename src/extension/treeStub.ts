/**
 * A tree view's data provider as activation registers it: a stand-in for the real one, which lives in
 * the workbench bundle (workbench.ts) and is attached when that bundle has loaded. VS Code's first
 * request for the children waits for it; from then on every call and change event is the real
 * provider's. The real provider needs the language server for its data anyway, so the wait costs
 * nothing the user could see.
 */
import * as vscode from 'vscode';

export class TreeStub<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** only for a real provider that has one: VS Code's `reveal` needs it, and refuses without */
  readonly getParent?: (element: T) => vscode.ProviderResult<T>;
  private real: vscode.TreeDataProvider<T> | undefined;
  private forwarding: vscode.Disposable | undefined;
  private resolveAttached!: (real: vscode.TreeDataProvider<T>) => void;
  private readonly attached = new Promise<vscode.TreeDataProvider<T>>((resolve) => (this.resolveAttached = resolve));

  constructor(options: { withParent: boolean }) {
    if (options.withParent) this.getParent = (element) => this.real?.getParent?.(element);
  }

  /** Hands over to the real provider (once). */
  attach(real: vscode.TreeDataProvider<T>): void {
    if (this.real) return;
    this.real = real;
    this.forwarding = real.onDidChangeTreeData?.((e) => this.changed.fire(e));
    this.resolveAttached(real);
  }

  async getChildren(element?: T): Promise<T[] | null | undefined> {
    return (await this.attached).getChildren(element);
  }

  /** Every element came from the real provider's getChildren, so it is attached by now. */
  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    if (!this.real) throw new Error('the ISMS tree is not loaded yet');
    return this.real.getTreeItem(element);
  }

  dispose(): void {
    this.forwarding?.dispose();
    this.changed.dispose();
  }
}
