import { useEffect, useRef } from 'react';

export interface InboxKeyHandlers {
  next(): void;
  previous(): void;
  open(): void;
  reply(): void;
  resolve(): void;
  assign(): void;
  label(): void;
  snooze(): void;
  palette(): void;
  help(): void;
}

/** True while the rep is typing somewhere: single-letter shortcuts must then stay letters. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * True where the focused control does its own keyboard work: inside an open menu (Enter picks the snooze option,
 * letters must not resolve the conversation behind it), and Enter on a button or link (it presses it).
 */
export function controlHandlesKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('[role="menu"]')) return true;
  return (
    key === 'Enter' &&
    target.closest('button, a[href], [role="button"], [role="menuitem"], [role="tab"]') !== null
  );
}

const LETTERS: Record<string, keyof InboxKeyHandlers> = {
  j: 'next',
  k: 'previous',
  Enter: 'open',
  r: 'reply',
  e: 'resolve',
  a: 'assign',
  l: 'label',
  s: 'snooze',
  '?': 'help',
};

/** The inbox's keys on the whole page; Ctrl/⌘+K works everywhere, the rest only when not typing or in a dialog. */
export function useInboxKeyboard(handlers: InboxKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        latest.current.palette();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (controlHandlesKey(event.target, event.key)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const action = LETTERS[event.key];
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'j / k', action: 'move' },
  { keys: 'Enter', action: 'open' },
  { keys: 'r', action: 'reply' },
  { keys: 'e', action: 'resolve' },
  { keys: 'a', action: 'assign' },
  { keys: 'l', action: 'label' },
  { keys: 's', action: 'snooze' },
  { keys: '/', action: 'templates' },
  { keys: 'Ctrl/⌘ + Enter', action: 'queue' },
  { keys: 'Ctrl/⌘ + K', action: 'palette' },
  { keys: '?', action: 'help' },
];
