/**
 * Keys → step actions, for presentation clickers and the letter walk. Clickers
 * send PageDown/PageUp (some arrows); Space advances as in slide software.
 */
export type StepAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export function keyAction(e: KeyLike): StepAction | null {
  // Browser and OS shortcuts (Ctrl+→, Alt+←, Cmd+Home) keep their meaning.
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    // Up and down are left to scrolling a long passage.
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** 1-based step after an action, kept within 1..count; null for exit. */
export function applyStep(step: number, count: number, action: StepAction): number | null {
  switch (action) {
    case 'next':
      return Math.min(count, step + 1);
    case 'prev':
      return Math.max(1, step - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'exit':
      return null;
  }
}

/**
 * Whether a key event belongs to the element that has focus rather than to the
 * step controls: typing in a field, operating a button with Space/Enter, moving
 * the map with arrows.
 */
export function ownedByTarget(e: KeyLike, target: { tagName?: string; isContentEditable?: boolean; getAttribute?(n: string): string | null } | null): boolean {
  if (!target?.tagName) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable) return true;
  if (tag === 'canvas') return e.key.startsWith('Arrow') || e.key.startsWith('Page');
  const role = target.getAttribute?.('role');
  if (role === 'combobox' || role === 'listbox' || role === 'option' || role === 'slider') return true;
  if ((tag === 'button' || tag === 'a' || tag === 'summary') && (e.key === ' ' || e.key === 'Spacebar' || e.key === 'Enter')) return true;
  return false;
}
