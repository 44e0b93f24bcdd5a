import { describe, expect, it } from 'vitest';
import { labLink, lessonHash } from './lesson-links.ts';

describe('labLink', () => {
  it('is a hash route in the lab', () => {
    expect(labLink(lessonHash('secure-root'), false)).toEqual({ href: '#/lesson/secure-root', newTab: false });
  });

  it('opens the full lab beside the embed page, in a new tab, from any folder', () => {
    const link = labLink(lessonHash('secure-root'), true);
    expect(link).toEqual({ href: './#/lesson/secure-root', newTab: true });
    // Resolved against an embed page in a sub-folder: the lab's index in the same folder, same origin.
    const resolved = new URL(link.href, 'https://docs.example/tools/iam-lab/embed.html?lesson=iam-essentials');
    expect(resolved.href).toBe('https://docs.example/tools/iam-lab/#/lesson/secure-root');
  });
});
