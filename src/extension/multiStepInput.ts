/**
 * A small wizard over QuickPick / InputBox where every step after the first has a Back button, in the
 * spirit of the vscode-extension-samples multi-step input. Steps are plain async functions; `Back`
 * re-runs the previous one with the values given so far.
 *
 * The input that is showing is published through `currentInput` so that end-to-end tests can see the
 * wizard's real first step (and type into it) without a mouse.
 */
import * as vscode from 'vscode';

class BackSignal extends Error {}
class CancelSignal extends Error {}

export type Step<S> = (input: WizardInput, state: S) => Promise<void>;

export interface ShowingInput {
  kind: 'inputBox' | 'quickPick';
  title: string;
  step: number;
  totalSteps: number;
  /** the live widget, for tests */
  widget: vscode.InputBox | vscode.QuickPick<vscode.QuickPickItem>;
}

let showing: ShowingInput | undefined;
/** The wizard step on screen now, if any. */
export function currentInput(): ShowingInput | undefined {
  return showing;
}

export interface InputBoxOptions {
  prompt: string;
  placeholder?: string;
  value?: string;
  /** returns an error message, or undefined when the value is acceptable */
  validate?: (value: string) => string | undefined;
}

export interface PickOptions<T extends vscode.QuickPickItem> {
  placeholder: string;
  items: readonly T[];
  activeItem?: T;
}

export class WizardInput {
  step = 0;
  constructor(
    readonly title: string,
    readonly totalSteps: number,
  ) {}

  showInputBox(o: InputBoxOptions): Promise<string> {
    const box = vscode.window.createInputBox();
    box.title = this.title;
    box.step = this.step;
    box.totalSteps = this.totalSteps;
    box.prompt = o.prompt;
    box.placeholder = o.placeholder;
    box.value = o.value ?? '';
    box.ignoreFocusOut = true;
    box.buttons = this.step > 1 ? [vscode.QuickInputButtons.Back] : [];
    return this.run(box, 'inputBox', (resolve) => [
      box.onDidChangeValue((v) => (box.validationMessage = o.validate?.(v))),
      box.onDidAccept(() => {
        const error = o.validate?.(box.value);
        box.validationMessage = error;
        if (!error) resolve(box.value.trim());
      }),
    ]);
  }

  showQuickPick<T extends vscode.QuickPickItem>(o: PickOptions<T>): Promise<T> {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = this.title;
    pick.step = this.step;
    pick.totalSteps = this.totalSteps;
    pick.placeholder = o.placeholder;
    pick.items = o.items;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.ignoreFocusOut = true;
    if (o.activeItem) pick.activeItems = [o.activeItem];
    pick.buttons = this.step > 1 ? [vscode.QuickInputButtons.Back] : [];
    return this.run(pick as vscode.QuickPick<vscode.QuickPickItem>, 'quickPick', (resolve) => [
      pick.onDidAccept(() => {
        const [chosen] = pick.selectedItems;
        if (chosen) resolve(chosen);
      }),
    ]) as Promise<T>;
  }

  private run<R>(
    widget: vscode.InputBox | vscode.QuickPick<vscode.QuickPickItem>,
    kind: ShowingInput['kind'],
    listen: (resolve: (value: R) => void) => vscode.Disposable[],
  ): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let settled = false;
      const finish = (f: () => void) => {
        if (settled) return;
        settled = true;
        for (const d of disposables) d.dispose();
        if (showing?.widget === widget) showing = undefined;
        widget.dispose();
        f();
      };
      const disposables = [
        ...listen((value) => finish(() => resolve(value))),
        widget.onDidTriggerButton((b) => {
          if (b === vscode.QuickInputButtons.Back) finish(() => reject(new BackSignal()));
        }),
        widget.onDidHide(() => finish(() => reject(new CancelSignal()))),
      ];
      showing = { kind, title: this.title, step: this.step, totalSteps: this.totalSteps, widget };
      widget.show();
    });
  }
}

/**
 * Runs the steps in order; Back goes one step back, Escape cancels. Resolves true when every step
 * completed, false when the user cancelled.
 */
export async function runWizard<S>(title: string, steps: Step<S>[], state: S): Promise<boolean> {
  const input = new WizardInput(title, steps.length);
  let i = 0;
  while (i < steps.length) {
    input.step = i + 1;
    try {
      await steps[i](input, state);
      i++;
    } catch (e) {
      if (e instanceof BackSignal) i = Math.max(0, i - 1);
      else if (e instanceof CancelSignal) return false;
      else throw e;
    }
  }
  return true;
}
