/** AmazonEC2ReadOnlyAccess (AWS managed, v5): EC2, ELB, CloudWatch and Auto Scaling reads. */
import type { AwsManagedSource } from '../index.ts';

export const AmazonEC2ReadOnlyAccess: AwsManagedSource = {
  name: 'AmazonEC2ReadOnlyAccess',
  path: '/',
  description: 'Provides read only access to Amazon EC2 via the AWS Management Console.',
  versionId: 'v5',
  createDate: '2015-02-06T18:40:17+00:00',
  updateDate: '2026-02-12T18:03:17+00:00',
  document: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['ec2:Describe*', 'ec2:GetSecurityGroupsForVpc'], Resource: '*' },
      { Effect: 'Allow', Action: 'elasticloadbalancing:Describe*', Resource: '*' },
      { Effect: 'Allow', Action: ['cloudwatch:ListMetrics', 'cloudwatch:GetMetricStatistics', 'cloudwatch:Describe*'], Resource: '*' },
      { Effect: 'Allow', Action: 'autoscaling:Describe*', Resource: '*' },
    ],
  },
};
