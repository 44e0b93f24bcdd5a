/**
 * The console's own navigation (inside the Console tab, not hash routes): which page is open, the side
 * menu, titles and breadcrumbs. Pages are plain values so they can be kept, compared and tested.
 */

import type { BucketTab } from './s3-view.ts';

/** The tabs of a user's detail page, as the IAM console has them. */
export type UserTab = 'permissions' | 'groups' | 'security-credentials';

/** One console page. */
export type ConsolePage =
  | { page: 'dashboard' }
  | { page: 'users' }
  | { page: 'create-user' }
  | { page: 'user'; name: string; tab: UserTab }
  | { page: 'groups' }
  | { page: 'create-group' }
  | { page: 'group'; name: string }
  | { page: 'policies' }
  | { page: 'create-policy' }
  | { page: 'policy'; arn: string }
  | { page: 'roles' }
  | { page: 'create-role' }
  | { page: 'role'; name: string }
  | { page: 'account-settings' }
  | { page: 'credential-report' }
  | { page: 'root-credentials' }
  | { page: 'buckets' }
  | { page: 'create-bucket' }
  | { page: 'bucket'; name: string; tab: BucketTab; prefix: string };

/** Whether a page belongs to the S3 part of the console. */
export function isS3Page(p: ConsolePage): boolean {
  return p.page === 'buckets' || p.page === 'create-bucket' || p.page === 'bucket';
}

/** One entry of the side menu. */
export interface NavItem {
  label: string;
  target: ConsolePage;
  /** Whether the open page belongs to this entry. */
  current: boolean;
}

/** The side-menu entry a page belongs to. */
export function sectionOf(p: ConsolePage): ConsolePage['page'] {
  switch (p.page) {
    case 'create-user':
    case 'user':
      return 'users';
    case 'create-group':
    case 'group':
      return 'groups';
    case 'create-policy':
    case 'policy':
      return 'policies';
    case 'create-role':
    case 'role':
      return 'roles';
    case 'create-bucket':
    case 'bucket':
      return 'buckets';
    default:
      return p.page;
  }
}

/** The side menu. Root's own security credentials appear only when acting as root, as in AWS. */
export function navItems(open: ConsolePage, actingAsRoot: boolean): NavItem[] {
  const items: { label: string; target: ConsolePage }[] = [
    { label: 'Dashboard', target: { page: 'dashboard' } },
    { label: 'User groups', target: { page: 'groups' } },
    { label: 'Users', target: { page: 'users' } },
    { label: 'Roles', target: { page: 'roles' } },
    { label: 'Policies', target: { page: 'policies' } },
    { label: 'Account settings', target: { page: 'account-settings' } },
    { label: 'Credential report', target: { page: 'credential-report' } },
  ];
  if (actingAsRoot) items.push({ label: 'Security credentials (root)', target: { page: 'root-credentials' } });
  const section = sectionOf(open);
  return items.map((i) => ({ ...i, current: i.target.page === section }));
}

/** The S3 group of the side menu. */
export function s3NavItems(open: ConsolePage): NavItem[] {
  const section = sectionOf(open);
  return [{ label: 'Buckets', target: { page: 'buckets' }, current: section === 'buckets' }];
}

/** The page's heading. */
export function pageTitle(p: ConsolePage): string {
  switch (p.page) {
    case 'dashboard':
      return 'IAM dashboard';
    case 'users':
      return 'Users';
    case 'create-user':
      return 'Create user';
    case 'user':
      return p.name;
    case 'groups':
      return 'User groups';
    case 'create-group':
      return 'Create user group';
    case 'group':
      return p.name;
    case 'policies':
      return 'Policies';
    case 'create-policy':
      return 'Create policy';
    case 'policy':
      return p.arn.split('/').pop() ?? p.arn;
    case 'roles':
      return 'Roles';
    case 'create-role':
      return 'Create role';
    case 'role':
      return p.name;
    case 'account-settings':
      return 'Account settings';
    case 'credential-report':
      return 'Credential report';
    case 'root-credentials':
      return 'My security credentials (root user)';
    case 'buckets':
      return 'Buckets';
    case 'create-bucket':
      return 'Create bucket';
    case 'bucket':
      return p.name;
  }
}

/** Breadcrumbs: IAM › section › page (S3 pages: Buckets › page) (the last one has no target). */
export function breadcrumbs(p: ConsolePage): { label: string; target?: ConsolePage }[] {
  if (p.page === 'buckets') return [{ label: 'Buckets' }];
  if (isS3Page(p)) {
    // Buckets › bucket: the Buckets list is S3's home page.
    return [{ label: 'Buckets', target: { page: 'buckets' } }, { label: pageTitle(p) }];
  }
  const out: { label: string; target?: ConsolePage }[] = [{ label: 'IAM', target: { page: 'dashboard' } }];
  const section = sectionOf(p);
  if (section !== p.page) {
    const item = navItems(p, true).find((i) => i.target.page === section);
    if (item) out.push({ label: item.label, target: item.target });
  }
  out.push({ label: pageTitle(p) });
  if (p.page === 'dashboard') out.splice(0, 1);
  return out;
}
