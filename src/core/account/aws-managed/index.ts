/**
 * AWS-managed policies with their real documents (from AWS's managed policy reference). They belong to
 * every account, cannot be changed, and are attached by ARN (arn:aws:iam::aws:policy/NAME).
 */
import type { ManagedPolicy } from '../model.ts';
import { AdministratorAccess } from './policies/AdministratorAccess.ts';
import { AmazonDynamoDBReadOnlyAccess } from './policies/AmazonDynamoDBReadOnlyAccess.ts';
import { AmazonEC2ReadOnlyAccess } from './policies/AmazonEC2ReadOnlyAccess.ts';
import { AmazonS3FullAccess } from './policies/AmazonS3FullAccess.ts';
import { AmazonS3ReadOnlyAccess } from './policies/AmazonS3ReadOnlyAccess.ts';
import { IAMFullAccess } from './policies/IAMFullAccess.ts';
import { IAMReadOnlyAccess } from './policies/IAMReadOnlyAccess.ts';
import { IAMUserChangePassword } from './policies/IAMUserChangePassword.ts';
import { PowerUserAccess } from './policies/PowerUserAccess.ts';
import { ReadOnlyAccess } from './policies/ReadOnlyAccess.ts';

/** One AWS-managed policy as shipped: name, path, description, document. */
export interface AwsManagedSource {
  name: string;
  path: string;
  description: string;
  /** The default version's id as AWS has it (e.g. v1, v3). */
  versionId: string;
  /** When AWS created the policy and last changed its default version (ISO, as GetPolicy prints them). */
  createDate?: string;
  updateDate?: string;
  document: unknown;
}

/** The AWS-managed policies of every simulated account, each one real AWS document (ReadOnlyAccess trimmed: see its file). */
export const AWS_MANAGED: readonly AwsManagedSource[] = [
  AdministratorAccess,
  PowerUserAccess,
  ReadOnlyAccess,
  IAMFullAccess,
  IAMReadOnlyAccess,
  IAMUserChangePassword,
  AmazonS3FullAccess,
  AmazonS3ReadOnlyAccess,
  AmazonEC2ReadOnlyAccess,
  AmazonDynamoDBReadOnlyAccess,
];

/** The AWS-managed policies as account entities. */
export function awsManagedPolicies(createdIso: string): ManagedPolicy[] {
  return AWS_MANAGED.map((p, i) => ({
    policyName: p.name,
    policyId: `ANPA${String(i + 1).padStart(17, '0')}`,
    arn: `arn:aws:iam::aws:policy${p.path}${p.name}`,
    path: p.path,
    description: p.description,
    awsManaged: true,
    createDate: p.createDate ?? createdIso,
    updateDate: p.updateDate ?? p.createDate ?? createdIso,
    versions: [{ versionId: p.versionId, document: JSON.stringify(p.document, null, 4), isDefault: true, createDate: p.updateDate ?? p.createDate ?? createdIso }],
    nextVersion: Number(p.versionId.slice(1)) + 1,
    tags: [],
  }));
}
