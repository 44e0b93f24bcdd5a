/** An account like the least-privilege lesson's: analyst, and the buckets reports, payroll and reports-archive. */
import { call, newLab, T0 } from '../../src/core/account/testing.ts';
import type { AccountState, Bucket } from '../../src/core/account/model.ts';

function bucket(name: string, keys: string[]): Bucket {
  const objects: Bucket['objects'] = {};
  for (const key of keys) objects[key] = { key, body: 'x', contentType: 'text/csv', lastModified: new Date(T0).toISOString(), etag: '"e"', size: 1 };
  return { name, region: 'us-east-1', creationDate: new Date(T0).toISOString(), objects };
}

/** The lesson's start account, with analyst's policy document attached as a customer managed policy when given. */
export async function lessonAccount(policy?: unknown): Promise<AccountState> {
  const lab = newLab();
  await call(lab, 'iam', 'CreateUser', { UserName: 'analyst' });
  lab.state.buckets.reports = bucket('reports', ['q1.csv', 'q2.csv']);
  lab.state.buckets.payroll = bucket('payroll', ['salaries.csv']);
  lab.state.buckets['reports-archive'] = bucket('reports-archive', ['2019.csv']);
  if (policy !== undefined) {
    const created = await call(lab, 'iam', 'CreatePolicy', { PolicyName: 'ReportsReadOnly', PolicyDocument: JSON.stringify(policy) });
    if (!created.ok) throw new Error(created.error.message);
    const attached = await call(lab, 'iam', 'AttachUserPolicy', { UserName: 'analyst', PolicyArn: 'arn:aws:iam::111122223333:policy/ReportsReadOnly' });
    if (!attached.ok) throw new Error(attached.error.message);
  }
  return lab.state;
}

/** The lesson's reference solution. */
export const REFERENCE = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ListReports', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
    { Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
  ],
};

/** Grants more: every Get action on the objects. */
export const TOO_BROAD = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ListReports', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
    { Sid: 'ReadEverything', Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::reports/*' },
  ],
};

/** A bucket wildcard that reaches the look-alike bucket. */
export const LOOK_ALIKE = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Reports', Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: ['arn:aws:s3:::reports*', 'arn:aws:s3:::reports*/*'] }],
};

/** Grants less: no listing. */
export const TOO_NARROW = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
};

/** The same access in one statement, plus a deny that changes nothing the allow grants. */
export const EQUIVALENT = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] },
    { Effect: 'Deny', Action: 's3:*', Resource: ['arn:aws:s3:::payroll', 'arn:aws:s3:::payroll/*'] },
  ],
};
