/** The `VersionId` parameter of the policy-version operations (`v1`, `v2`, ...). */
import type { ParamSpec } from '../../../../params.ts';

export const VERSION_ID_PARAM: ParamSpec = {
  name: 'VersionId',
  type: 'string',
  required: true,
  pattern: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?',
  doc: 'The policy version, such as v2.',
};
