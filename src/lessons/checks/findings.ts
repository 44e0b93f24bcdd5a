/** No finding of the given types (ERROR, SECURITY_WARNING...) in a named policy of the account. */
import type { AccountState } from '../../core/account/model.ts';
import { findUser } from '../../core/account/principals.ts';
import { validatePolicy } from '../../core/policy/validate.ts';
import type { FindingsCheck } from '../types.ts';
import { defineCheck } from './check.ts';

/** The documents a findings check looks at, with a display name each. */
function documentsOf(state: AccountState, check: FindingsCheck): { name: string; text: string }[] | string {
  if (check.policy !== undefined) {
    const parts = check.policy.split('/');
    if (parts[0] === 'user' && parts.length === 3) {
      const user = findUser(state, parts[1] as string);
      const text = user?.inlinePolicies[parts[2] as string];
      return text === undefined ? `There is no inline policy ${parts[2]} on ${parts[1]} yet.` : [{ name: check.policy, text }];
    }
    const managed = Object.values(state.policies).find((p) => !p.awsManaged && p.policyName === check.policy);
    const text = managed?.versions.find((v) => v.isDefault)?.document;
    return text === undefined ? `There is no customer managed policy named ${check.policy} yet.` : [{ name: check.policy, text }];
  }
  if (check.of !== undefined && check.of.startsWith('user/')) {
    const user = findUser(state, check.of.slice('user/'.length));
    if (!user) return `There is no ${check.of} yet.`;
    const docs = Object.entries(user.inlinePolicies).map(([name, text]) => ({ name, text }));
    for (const arn of user.attachedPolicies) {
      const p = state.policies[arn];
      const text = p?.versions.find((v) => v.isDefault)?.document;
      if (p && !p.awsManaged && text !== undefined) docs.push({ name: p.policyName, text });
    }
    return docs;
  }
  return 'This check names no policy.';
}

export const findingsCheck = defineCheck<FindingsCheck>({
  kind: 'findings',
  evaluate(check, { state }) {
    const docs = documentsOf(state, check);
    if (typeof docs === 'string') return docs;
    for (const doc of docs) {
      const bad = validatePolicy(doc.text, { kind: 'identity' }).find((f) => check.none.includes(f.findingType));
      if (bad) return `${doc.name} has a ${bad.findingType} finding (${bad.issueCode}) at line ${bad.span.start.line}.`;
    }
    return undefined;
  },
});
