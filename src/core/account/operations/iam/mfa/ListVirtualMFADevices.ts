/** ListVirtualMFADevices: the account's virtual MFA devices, by assignment status. */
import { defineOperation } from '../../../operation.ts';
import { PAGING_PARAMS, paginate, tagsJson } from '../../../shapes.ts';
import { ownerJson } from './devices.ts';

export interface ListVirtualMFADevicesParams {
  AssignmentStatus?: 'Assigned' | 'Unassigned' | 'Any';
  Marker?: string;
  MaxItems?: number;
}

export const ListVirtualMFADevices = defineOperation<ListVirtualMFADevicesParams, Record<string, unknown>>({
  service: 'iam',
  name: 'ListVirtualMFADevices',
  summary: 'Lists the virtual MFA devices defined in the AWS account by assignment status (default Any).',
  params: [
    { name: 'AssignmentStatus', type: 'string', enum: ['Assigned', 'Unassigned', 'Any'], doc: 'Assigned, Unassigned or Any (default).' },
    ...PAGING_PARAMS,
  ],
  resource: () => '*',
  run(ctx, p) {
    const status = p.AssignmentStatus ?? 'Any';
    const devices = Object.values(ctx.state.mfaDevices)
      .filter((d) => d.kind === 'virtual')
      .filter((d) => status === 'Any' || (status === 'Assigned') === (d.enabledFor !== undefined))
      .sort((a, b) => (a.serialNumber < b.serialNumber ? -1 : a.serialNumber > b.serialNumber ? 1 : 0));
    const { page, ...rest } = paginate(devices, p);
    const items = page.map((d) => {
      const out: Record<string, unknown> = { SerialNumber: d.serialNumber };
      const user = d.enabledFor !== undefined ? ownerJson(ctx.state, d.enabledFor) : undefined;
      if (user) out.User = user;
      if (d.enableDate) out.EnableDate = d.enableDate;
      const tags = tagsJson(d.tags ?? []);
      if (tags) out.Tags = tags;
      return out;
    });
    return { VirtualMFADevices: items, ...rest };
  },
});
