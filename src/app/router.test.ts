import { describe, expect, it } from 'vitest';
import { hashOf, parseHash } from './router.svelte.ts';

describe('hash routes', () => {
  it.each([
    ['', { page: 'catalog' }],
    ['#/', { page: 'catalog' }],
    ['#/lesson/secure-root', { page: 'lesson', lessonId: 'secure-root' }],
    ['#/sandbox', { page: 'sandbox' }],
    ['#/progress', { page: 'progress' }],
    ['#/simulator', { page: 'simulator' }],
    ['#/class', { page: 'class' }],
    ['#/verify', { page: 'verify' }],
    ['#/certificate', { page: 'certificate' }],
    ['#/lesson/<script>', { page: 'not-found', hash: '#/lesson/<script>' }],
    ['#/nope', { page: 'not-found', hash: '#/nope' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    if (route.page !== 'not-found' && hash !== '') expect(hashOf(parseHash(hash))).toBe(hash === '#/' ? '#/' : hash);
  });
});
