import { useEffect, useRef } from 'react';
import { keyAction, ownedByTarget, type StepAction } from './keys';

/**
 * Document-wide step keys while `active`. Keys that belong to the focused control
 * (a field, a button's Space) or to an open modal dialog are left alone.
 */
export function useStepKeys(active: boolean, onAction: (action: StepAction) => void, allow: (e: KeyboardEvent) => boolean = () => true) {
  const latest = useRef({ onAction, allow });
  latest.current = { onAction, allow };
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = keyAction(e);
      if (!action || !latest.current.allow(e)) return;
      if (ownedByTarget(e, e.target instanceof Element ? (e.target as HTMLElement) : null)) return;
      e.preventDefault();
      latest.current.onAction(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
