/**
 * Hash routes, so the static build works from any host or folder:
 * `#/` catalog, `#/lesson/ID`, `#/sandbox`, `#/progress`, `#/simulator`; a class: `#/class`, `#/verify`
 * (instructors), `#/certificate`.
 */

/** Where the learner is. */
export type Route =
  | { page: 'catalog' }
  | { page: 'lesson'; lessonId: string }
  | { page: 'sandbox' }
  | { page: 'progress' }
  | { page: 'simulator' }
  | { page: 'class' }
  | { page: 'verify' }
  | { page: 'certificate' }
  | { page: 'not-found'; hash: string };

/** Read a location hash. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/?/, '/');
  if (path === '/' || path === '') return { page: 'catalog' };
  const parts = path.split('/').filter((p) => p !== '');
  if (parts[0] === 'lesson' && parts.length === 2 && /^[a-z0-9-]+$/.test(parts[1] as string)) return { page: 'lesson', lessonId: parts[1] as string };
  if (parts.length === 1 && (parts[0] === 'sandbox' || parts[0] === 'progress' || parts[0] === 'simulator')) return { page: parts[0] };
  if (parts.length === 1 && (parts[0] === 'class' || parts[0] === 'verify' || parts[0] === 'certificate')) return { page: parts[0] };
  return { page: 'not-found', hash };
}

/** The hash of a route. */
export function hashOf(route: Route): string {
  switch (route.page) {
    case 'catalog':
      return '#/';
    case 'lesson':
      return `#/lesson/${route.lessonId}`;
    case 'not-found':
      return route.hash;
    default:
      return `#/${route.page}`;
  }
}

/** The current route, following the location hash. */
export class Router {
  route = $state<Route>({ page: 'catalog' });

  constructor(private readonly win: Window) {
    this.route = parseHash(win.location.hash);
    win.addEventListener('hashchange', () => {
      this.route = parseHash(win.location.hash);
    });
  }

  go(route: Route): void {
    this.win.location.hash = hashOf(route);
  }
}
