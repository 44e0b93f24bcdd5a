/** Who the learner acts as, read into the caller the account sees (pure; the workspace and the account panel share it). */
import type { CallAs } from '../core/account/principals.ts';

/** Read `root`, `user/NAME` or an access key id into a caller. */
export function callAsOf(actingAs: string): CallAs {
  if (actingAs === 'root' || actingAs === '') return { kind: 'root' };
  if (actingAs.startsWith('user/')) return { kind: 'user', userName: actingAs.slice('user/'.length).split('/').pop() ?? '' };
  return { kind: 'accessKey', accessKeyId: actingAs };
}
