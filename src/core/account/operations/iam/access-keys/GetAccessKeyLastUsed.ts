/**
 * GetAccessKeyLastUsed: when a key was last used, for which service and in which region. A key never
 * used has no LastUsedDate and "N/A" for both. An unknown key is refused with AccessDenied on
 * "access key ID", as IAM does, since it belongs to no user the caller may read.
 */
import { accessDenied } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { ACCESS_KEY_ID_PARAM, findAccessKey } from './owner.ts';

export interface GetAccessKeyLastUsedParams {
  AccessKeyId: string;
}

export const GetAccessKeyLastUsed = defineOperation<GetAccessKeyLastUsedParams, Record<string, unknown>>({
  service: 'iam',
  name: 'GetAccessKeyLastUsed',
  summary: 'Retrieves information about when the specified access key was last used.',
  params: [ACCESS_KEY_ID_PARAM],
  resource: (ctx, p) => {
    const found = findAccessKey(ctx.state, p.AccessKeyId);
    if (!found) return `arn:aws:iam::${ctx.state.accountId}:user/*`;
    return found.userName !== undefined ? (ctx.state.users[found.userName.toLowerCase()]?.arn ?? ctx.state.root.arn) : ctx.state.root.arn;
  },
  run(ctx, p) {
    const found = findAccessKey(ctx.state, p.AccessKeyId);
    if (!found) {
      return accessDenied(`User: ${ctx.caller.arn} is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${p.AccessKeyId}`);
    }
    const used = found.key.lastUsed;
    const lastUsed: Record<string, unknown> = used
      ? { LastUsedDate: used.date, ServiceName: used.serviceName, Region: used.region }
      : { ServiceName: 'N/A', Region: 'N/A' };
    const out: Record<string, unknown> = {};
    if (found.userName !== undefined) out.UserName = found.userName;
    out.AccessKeyLastUsed = lastUsed;
    return out;
  },
});
