/**
 * The simulated AWS account as plain, JSON-serializable data. The same value is kept in IndexedDB by the
 * app and in STATE.json by `iam-lab aws`; every operation reads and changes it.
 */

/** Key/value tags on users and roles. */
export interface Tag {
  Key: string;
  Value: string;
}

/** An access key of a user or of the root user. The secret is never kept: only its hash. */
export interface AccessKey {
  accessKeyId: string;
  /** SHA-style digest of the secret, so a signed call can be checked without storing the secret. */
  secretHash: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  lastUsed?: { date: string; serviceName: string; region: string };
}

/** A console password: a salted hash, never the password itself. */
export interface LoginProfile {
  passwordHash: string;
  salt: string;
  createDate: string;
  passwordResetRequired: boolean;
  passwordLastChanged: string;
  passwordLastUsed?: string;
  /** Hashes of earlier passwords, newest first, for PasswordReusePrevention. */
  previousHashes: string[];
}

/** An MFA device, virtual (Base32 seed) or hardware (serial number). */
export interface MfaDevice {
  serialNumber: string;
  kind: 'virtual' | 'hardware';
  /** Base32 TOTP seed (virtual devices and simulated hardware tokens). */
  seed: string;
  /** Name as given to CreateVirtualMFADevice (virtual only). */
  name?: string;
  path?: string;
  /** `root`, a user's name (as written), or undefined when not assigned yet. */
  enabledFor?: string;
  enableDate?: string;
  createDate: string;
  /** The TOTP time step of the last code accepted, so a code cannot be reused. */
  lastAcceptedStep?: number;
  tags?: Tag[];
}

/** A simulated hardware TOTP token in the learner's hands: its printed serial and its factory seed. */
export interface HardwareToken {
  serialNumber: string;
  /** Base32 TOTP seed (never shown to the learner; the token displays codes). */
  seed: string;
  /** The last TOTP step accepted from this token, kept when it is deactivated, so codes are never reused. */
  lastAcceptedStep?: number;
}

/** An IAM user. */
export interface User {
  userName: string;
  userId: string;
  path: string;
  arn: string;
  createDate: string;
  tags: Tag[];
  loginProfile?: LoginProfile;
  accessKeys: AccessKey[];
  /** Names of the groups the user is in. */
  groups: string[];
  /** ARNs of the managed policies attached to the user. */
  attachedPolicies: string[];
  /** Inline policies: name → document (URL-decoded JSON text). */
  inlinePolicies: Record<string, string>;
  /** ARN of the managed policy used as the permissions boundary. */
  permissionsBoundary?: string;
}

/** An IAM group. */
export interface Group {
  groupName: string;
  groupId: string;
  path: string;
  arn: string;
  createDate: string;
  attachedPolicies: string[];
  inlinePolicies: Record<string, string>;
}

/** An IAM role with its trust policy. */
export interface Role {
  roleName: string;
  roleId: string;
  path: string;
  arn: string;
  createDate: string;
  description?: string;
  maxSessionDuration: number;
  assumeRolePolicyDocument: string;
  attachedPolicies: string[];
  inlinePolicies: Record<string, string>;
  permissionsBoundary?: string;
  tags: Tag[];
  lastUsed?: { date: string; region: string };
}

/** One version of a managed policy. */
export interface PolicyVersion {
  versionId: string;
  document: string;
  isDefault: boolean;
  createDate: string;
}

/** A managed policy: AWS-managed (read-only) or customer-managed (up to five versions). */
export interface ManagedPolicy {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  description?: string;
  awsManaged: boolean;
  createDate: string;
  updateDate: string;
  versions: PolicyVersion[];
  /** Number of the next version to create (v1, v2, ...). */
  nextVersion: number;
  tags: Tag[];
}

/** The account password policy, as UpdateAccountPasswordPolicy sets it. */
export interface PasswordPolicy {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry: boolean;
}

/** Temporary credentials from STS (ASIA… keys). */
export interface SessionCredentials {
  accessKeyId: string;
  secretHash: string;
  sessionTokenHash: string;
  expiration: string;
  /** The assumed-role session ARN, e.g. arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION. */
  arn: string;
  roleName: string;
  sessionName: string;
  /** Session policy passed to AssumeRole, if any. */
  sessionPolicy?: string;
  /** Who assumed the role. */
  sourceArn: string;
  mfaAuthenticated: boolean;
}

/** An S3 object (small and in memory). */
export interface S3Object {
  key: string;
  body: string;
  contentType: string;
  lastModified: string;
  etag: string;
  size: number;
}

/** An S3 bucket with its objects and optional bucket policy. */
export interface Bucket {
  name: string;
  region: string;
  creationDate: string;
  policy?: string;
  objects: Record<string, S3Object>;
}

/** Who made a call, as recorded in the event history. */
export interface EventIdentity {
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'Anonymous';
  arn: string;
  accountId: string;
  userName?: string;
  accessKeyId?: string;
}

/** One call in the event history, like a CloudTrail record. */
export interface AccountEvent {
  eventId: string;
  eventTime: string;
  eventSource: string;
  eventName: string;
  /** How the call was made. */
  via: 'console' | 'cli' | 'api' | 'sdk';
  identity: EventIdentity;
  /** Parameters with secrets and passwords removed. */
  requestParameters: Record<string, unknown>;
  allowed: boolean;
  errorCode?: string;
  errorMessage?: string;
  /** The resource the call was authorized against. */
  resource?: string;
  sourceIpAddress: string;
  region: string;
}

/** The whole account. Bump STATE_VERSION and add a migration when this shape changes. */
export interface AccountState {
  version: number;
  accountId: string;
  alias?: string;
  /** The simulated clock runs this many milliseconds ahead of the real clock. */
  clockOffsetMs: number;
  /** Counter behind the deterministic id generator (ids.ts). */
  seq: number;
  root: {
    arn: string;
    createDate: string;
    email: string;
    passwordHash: string;
    salt: string;
    passwordLastUsed?: string;
    accessKeys: AccessKey[];
  };
  /** Users by lower-cased name (IAM names are unique ignoring case). */
  users: Record<string, User>;
  /** Groups by lower-cased name. */
  groups: Record<string, Group>;
  /** Roles by lower-cased name. */
  roles: Record<string, Role>;
  /** Managed policies (AWS and customer) by ARN. */
  policies: Record<string, ManagedPolicy>;
  /** MFA devices by serial number. */
  mfaDevices: Record<string, MfaDevice>;
  /**
   * Optional: hardware TOTP tokens the learner holds (a lesson ships them; see
   * operations/iam/mfa/hardware.ts), by serial number such as `GAHT12345678`. Holding a token is not
   * registering it: EnableMFADevice with the serial adds it to `mfaDevices`. The UI shows a token's current
   * code with `currentMfaCode` from the same file.
   */
  hardwareTokens?: Record<string, HardwareToken>;
  passwordPolicy?: PasswordPolicy;
  credentialReport?: { generatedTime: string; csv: string };
  sessions: SessionCredentials[];
  /** Buckets by name. */
  buckets: Record<string, Bucket>;
  events: AccountEvent[];
}

/** The version of the state shape written by this build. */
export const STATE_VERSION = 1;
