/**
 * Build a lesson's start account from its readable spec (start.yaml). Entities are made directly in the
 * account's own shapes, with the account's deterministic ids, so a lesson starts the same way every time.
 */
import { createAccount } from '../core/account/create.ts';
import { DAY_MS, isoTime } from '../core/account/env.ts';
import { saltedHash } from '../core/account/hash.ts';
import { newAccessKeyId, newBase32Seed, newSecret, newToken, newUniqueId } from '../core/account/ids.ts';
import type { AccessKey, AccountState, ManagedPolicy } from '../core/account/model.ts';
import { iamArn } from '../core/account/shapes.ts';
import type { StartSpec } from './start-spec.ts';

/** A start spec that names something that does not exist. */
export class StartStateError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'StartStateError';
  }
}

type KeySpec = NonNullable<NonNullable<StartSpec['users']>[number]['accessKeys']>[number];

const docText = (doc: string | Record<string, unknown>): string => (typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));

async function makeKey(state: AccountState, spec: KeySpec, createdAt: number): Promise<AccessKey> {
  const key: AccessKey = {
    accessKeyId: spec.id ?? newAccessKeyId(state),
    secretHash: await saltedHash(newSecret(state), state.accountId),
    status: spec.status ?? 'Active',
    createDate: isoTime(createdAt - (spec.ageDays ?? 0) * DAY_MS),
  };
  if (spec.lastUsedDaysAgo !== undefined) {
    key.lastUsed = { date: isoTime(createdAt - spec.lastUsedDaysAgo * DAY_MS), serviceName: spec.lastUsedService ?? 's3', region: 'us-east-1' };
  }
  return key;
}

/** Build the account a lesson starts from, at simulated time `createdAt` (epoch ms). */
export async function buildStartState(spec: StartSpec, createdAt: number): Promise<AccountState> {
  const options: Parameters<typeof createAccount>[0] = { createdAt };
  if (spec.accountId !== undefined) options.accountId = spec.accountId;
  if (spec.alias !== undefined) options.alias = spec.alias;
  const state = createAccount(options);
  const now = isoTime(createdAt);

  const policyArn = (ref: string, field: string): string => {
    if (state.policies[ref]) return ref;
    const found = Object.values(state.policies).find((p) => p.policyName === ref);
    if (!found) throw new StartStateError(field, `no managed policy named ${ref}`);
    return found.arn;
  };

  for (const [i, p] of (spec.policies ?? []).entries()) {
    const path = p.path ?? '/';
    const arn = iamArn(state, 'policy', path, p.name);
    if (state.policies[arn]) throw new StartStateError(`policies[${i}].name`, `${p.name} is defined twice`);
    const policy: ManagedPolicy = {
      policyName: p.name,
      policyId: newUniqueId(state, 'ANPA'),
      arn,
      path,
      awsManaged: false,
      createDate: now,
      updateDate: now,
      versions: [{ versionId: 'v1', document: docText(p.document), isDefault: true, createDate: now }],
      nextVersion: 2,
      tags: [],
    };
    if (p.description !== undefined) policy.description = p.description;
    state.policies[arn] = policy;
  }

  for (const [i, g] of (spec.groups ?? []).entries()) {
    const path = g.path ?? '/';
    state.groups[g.name.toLowerCase()] = {
      groupName: g.name,
      groupId: newUniqueId(state, 'AGPA'),
      path,
      arn: iamArn(state, 'group', path, g.name),
      createDate: now,
      attachedPolicies: (g.attached ?? []).map((ref, j) => policyArn(ref, `groups[${i}].attached[${j}]`)),
      inlinePolicies: Object.fromEntries(Object.entries(g.inline ?? {}).map(([n, d]) => [n, docText(d)])),
    };
  }

  for (const [i, u] of (spec.users ?? []).entries()) {
    const path = u.path ?? '/';
    const created = createdAt - (u.ageDays ?? 0) * DAY_MS;
    for (const [j, g] of (u.groups ?? []).entries()) {
      if (!state.groups[g.toLowerCase()]) throw new StartStateError(`users[${i}].groups[${j}]`, `no group named ${g}`);
    }
    const keys: AccessKey[] = [];
    for (const k of u.accessKeys ?? []) keys.push(await makeKey(state, k, createdAt));
    state.users[u.name.toLowerCase()] = {
      userName: u.name,
      userId: newUniqueId(state, 'AIDA'),
      path,
      arn: iamArn(state, 'user', path, u.name),
      createDate: isoTime(created),
      tags: Object.entries(u.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      accessKeys: keys,
      groups: (u.groups ?? []).map((g) => state.groups[g.toLowerCase()]?.groupName ?? g),
      attachedPolicies: (u.attached ?? []).map((ref, j) => policyArn(ref, `users[${i}].attached[${j}]`)),
      inlinePolicies: Object.fromEntries(Object.entries(u.inline ?? {}).map(([n, d]) => [n, docText(d)])),
    };
    if (u.console) {
      const salt = newToken(state, 16);
      state.users[u.name.toLowerCase()]!.loginProfile = {
        passwordHash: await saltedHash(u.console.password, salt),
        salt,
        createDate: isoTime(created),
        passwordResetRequired: u.console.resetRequired ?? false,
        passwordLastChanged: isoTime(created),
        previousHashes: [],
      };
    }
  }

  for (const [i, r] of (spec.roles ?? []).entries()) {
    const path = r.path ?? '/';
    const role = {
      roleName: r.name,
      roleId: newUniqueId(state, 'AROA'),
      path,
      arn: iamArn(state, 'role', path, r.name),
      createDate: now,
      maxSessionDuration: 3600,
      assumeRolePolicyDocument: docText(r.trust),
      attachedPolicies: (r.attached ?? []).map((ref, j) => policyArn(ref, `roles[${i}].attached[${j}]`)),
      inlinePolicies: Object.fromEntries(Object.entries(r.inline ?? {}).map(([n, d]) => [n, docText(d)])),
      tags: [],
    };
    state.roles[r.name.toLowerCase()] = r.description === undefined ? role : { ...role, description: r.description };
  }

  for (const k of spec.root?.accessKeys ?? []) state.root.accessKeys.push(await makeKey(state, k, createdAt));
  if (spec.root?.mfa) {
    const serial = `arn:aws:iam::${state.accountId}:mfa/root-account-mfa-device`;
    state.mfaDevices[serial] = { serialNumber: serial, kind: 'virtual', seed: newBase32Seed(state), name: 'root-account-mfa-device', createDate: now, enabledFor: 'root', enableDate: now };
  }

  for (const t of spec.hardwareTokens ?? []) {
    const tokens = (state.hardwareTokens ??= {});
    tokens[t.serial] = { serialNumber: t.serial, seed: newBase32Seed(state) };
  }

  if (spec.passwordPolicy) {
    const p = spec.passwordPolicy;
    const num = (k: string, d?: number): number | undefined => (typeof p[k] === 'number' ? (p[k] as number) : d);
    const bool = (k: string): boolean => p[k] === true;
    state.passwordPolicy = {
      MinimumPasswordLength: num('MinimumPasswordLength', 6) ?? 6,
      RequireSymbols: bool('RequireSymbols'),
      RequireNumbers: bool('RequireNumbers'),
      RequireUppercaseCharacters: bool('RequireUppercaseCharacters'),
      RequireLowercaseCharacters: bool('RequireLowercaseCharacters'),
      AllowUsersToChangePassword: bool('AllowUsersToChangePassword'),
      HardExpiry: bool('HardExpiry'),
    };
    const maxAge = num('MaxPasswordAge');
    if (maxAge !== undefined) state.passwordPolicy.MaxPasswordAge = maxAge;
    const reuse = num('PasswordReusePrevention');
    if (reuse !== undefined) state.passwordPolicy.PasswordReusePrevention = reuse;
  }

  for (const b of spec.buckets ?? []) {
    state.buckets[b.name] = {
      name: b.name,
      region: 'us-east-1',
      creationDate: now,
      objects: Object.fromEntries(
        Object.entries(b.objects ?? {}).map(([key, body]) => [key, { key, body, contentType: 'text/plain', lastModified: now, etag: `"${newToken(state, 32)}"`, size: new TextEncoder().encode(body).length }]),
      ),
    };
    if (b.policy !== undefined) state.buckets[b.name]!.policy = docText(b.policy);
  }
  return state;
}
