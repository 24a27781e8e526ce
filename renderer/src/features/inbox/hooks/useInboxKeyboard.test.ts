import { describe, expect, it } from 'vitest';
import { controlHandlesKey, isTypingTarget } from './useInboxKeyboard';

function element(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.querySelector(selector) as Element;
}

describe('inbox shortcuts and focused controls', () => {
  it('leaves Enter to buttons, links and menu items, and every key to an open menu', () => {
    expect(controlHandlesKey(element('<button>Snooze</button>', 'button'), 'Enter')).toBe(true);
    const item = element(
      '<div role="menu"><button role="menuitem">Tomorrow</button></div>',
      '[role=menuitem]',
    );
    expect(controlHandlesKey(item, 'Enter')).toBe(true);
    expect(controlHandlesKey(item, 'e')).toBe(true);
    expect(controlHandlesKey(element('<a href="#x">x</a>', 'a'), 'Enter')).toBe(true);
  });

  it('keeps the shortcuts on the conversation list and on buttons for letters', () => {
    const row = element(
      '<div role="listbox"><div role="option" tabindex="0">Ivan</div></div>',
      '[role=option]',
    );
    expect(controlHandlesKey(row, 'Enter')).toBe(false);
    expect(controlHandlesKey(row, 'j')).toBe(false);
    expect(controlHandlesKey(element('<button>Resolve</button>', 'button'), 'e')).toBe(false);
    expect(isTypingTarget(element('<textarea></textarea>', 'textarea'))).toBe(true);
  });
});
