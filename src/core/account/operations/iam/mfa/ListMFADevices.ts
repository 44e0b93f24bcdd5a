/** ListMFADevices: the MFA devices of a user; without UserName, the caller's own (root included). */
import { isApiError } from '../../../errors.ts';
import { defineOperation } from '../../../operation.ts';
import { PATTERNS } from '../../../params.ts';
import { PAGING_PARAMS, paginate } from '../../../shapes.ts';
import { devicesOf, ownerResource, resolveOwner } from './devices.ts';

export interface ListMFADevicesParams {
  UserName?: string;
  Marker?: string;
  MaxItems?: number;
}

export const ListMFADevices = defineOperation<ListMFADevicesParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListMFADevices',
  summary: 'Lists the MFA devices for an IAM user, or for the caller when no user name is given.',
  params: [{ name: 'UserName', type: 'string', min: 1, max: 128, pattern: PATTERNS.name, doc: 'The user whose MFA devices to list (default: the caller).' }, ...PAGING_PARAMS],
  resource: (ctx, p) => ownerResource(ctx, p.UserName),
  run(ctx, p) {
    const owner = resolveOwner(ctx, p.UserName, true);
    if (isApiError(owner)) return owner;
    // The root user's devices are listed under the account id (unsure: AWS does not document this case).
    const userName = owner.kind === 'root' ? ctx.state.accountId : owner.user.userName;
    const { page, ...rest } = paginate(devicesOf(ctx.state, owner), p);
    return { MFADevices: page.map((d) => ({ UserName: userName, SerialNumber: d.serialNumber, EnableDate: d.enableDate })), ...rest };
  },
});
