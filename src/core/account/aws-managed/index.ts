/**
 * AWS-managed policies with their real documents (from AWS's managed policy reference). They belong to
 * every account, cannot be changed, and are attached by ARN (arn:aws:iam::aws:policy/NAME).
 */
import type { ManagedPolicy } from '../model.ts';

/** One AWS-managed policy as shipped: name, path, description, document. */
export interface AwsManagedSource {
  name: string;
  path: string;
  description: string;
  /** The default version's id as AWS has it (e.g. v1, v3). */
  versionId: string;
  document: unknown;
}

/** Filled by the managed-policies work (see issue 3); each entry is one real AWS document. */
export const AWS_MANAGED: readonly AwsManagedSource[] = [];

/** The AWS-managed policies as account entities. */
export function awsManagedPolicies(createdIso: string): ManagedPolicy[] {
  return AWS_MANAGED.map((p, i) => ({
    policyName: p.name,
    policyId: `ANPA${String(i + 1).padStart(17, '0')}`,
    arn: `arn:aws:iam::aws:policy${p.path}${p.name}`,
    path: p.path,
    description: p.description,
    awsManaged: true,
    createDate: createdIso,
    updateDate: createdIso,
    versions: [{ versionId: p.versionId, document: JSON.stringify(p.document, null, 4), isDefault: true, createDate: createdIso }],
    nextVersion: Number(p.versionId.slice(1)) + 1,
    tags: [],
  }));
}
