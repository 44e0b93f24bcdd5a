/** AdministratorAccess (AWS managed, v1): every action on every resource. */
import type { AwsManagedSource } from '../index.ts';

export const AdministratorAccess: AwsManagedSource = {
  name: 'AdministratorAccess',
  path: '/',
  description: 'Provides full access to AWS services and resources.',
  versionId: 'v1',
  createDate: '2015-02-06T18:39:46+00:00',
  updateDate: '2015-02-06T18:39:46+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  },
};
