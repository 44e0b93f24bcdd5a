import { describe, expect, it, vi } from 'vitest';
import { registerOffline } from './offline.ts';

function fakeWindow(readyState: string, withWorker = true) {
  const register = vi.fn(() => Promise.resolve());
  const listeners: Record<string, () => void> = {};
  const win = {
    navigator: withWorker ? { serviceWorker: { register } } : {},
    document: { readyState },
    addEventListener: (type: string, l: () => void) => (listeners[type] = l),
  } as unknown as Window;
  return { win, register, listeners };
}

describe('registerOffline', () => {
  it('registers sw.js next to the page once the page has loaded', () => {
    const f = fakeWindow('loading');
    registerOffline(f.win, true);
    expect(f.register).not.toHaveBeenCalled();
    f.listeners.load?.();
    expect(f.register).toHaveBeenCalledWith('./sw.js');
  });
  it('registers at once on a loaded page', () => {
    const f = fakeWindow('complete');
    registerOffline(f.win, true);
    expect(f.register).toHaveBeenCalledTimes(1);
  });
  it('does nothing in development or without service workers', () => {
    const dev = fakeWindow('complete');
    registerOffline(dev.win, false);
    expect(dev.register).not.toHaveBeenCalled();
    const old = fakeWindow('complete', false);
    expect(() => registerOffline(old.win, true)).not.toThrow();
  });
});
