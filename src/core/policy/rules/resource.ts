import { getService, hasWildcard, serviceStatus } from '../../catalog/index.ts';
import { parseArn, PARTITIONS, splitArn } from '../arn.ts';
import { prop, type RuleContext } from '../context.ts';
import type { JsonNode } from '../parse.ts';
import { hasVariable } from '../variables.ts';
import { stringItems, type StringItem } from './action.ts';
import { checkVariableSyntax } from './variables.ts';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** One resource type's ARN template, taken apart. */
interface ArnTemplate {
  hasRegion: boolean;
  hasAccount: boolean;
  resource: RegExp;
}
const templatesByService = new Map<string, ArnTemplate[]>();

/** The ARN templates of a catalogue service, compiled once. */
function arnTemplates(prefix: string): ArnTemplate[] {
  const cached = templatesByService.get(prefix);
  if (cached) return cached;
  const svc = getService(prefix);
  const out = Object.values(svc?.resourceTypes ?? {}).map((t) => {
    const parts = splitArn(t);
    const src = (parts[5] ?? '')
      .split(/\$\{[^}]*\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.+');
    return { hasRegion: (parts[3] ?? '') !== '', hasAccount: (parts[4] ?? '') !== '', resource: new RegExp(`^${src}$`, 's') };
  });
  templatesByService.set(prefix, out);
  return out;
}

/** Resource / NotResource: ARN format, partition, service, Region, account and variables. */
export function checkResources(ctx: RuleContext, st: JsonNode): void {
  for (const element of ['Resource', 'NotResource']) {
    const p = prop(st, element);
    if (!p) continue;
    for (const it of stringItems(ctx, element, p.value)) checkOneResource(ctx, element, it);
  }
}

function checkOneResource(ctx: RuleContext, element: string, it: StringItem): void {
  const s = it.value;
  if (s === '*') return;
  checkVariableSyntax(ctx, it);
  if (!s.startsWith('arn:')) {
    ctx.report(
      'ERROR',
      'INVALID_ARN_PREFIX',
      `"${s}" is not an ARN: a ${element} is "*" or an ARN that starts with "arn:", such as arn:aws:s3:::my-bucket/*.`,
      it.node,
    );
    return;
  }
  const arn = parseArn(s);
  if (!arn) {
    ctx.report(
      'ERROR',
      'MISSING_ARN_FIELD',
      `"${s}" has too few parts: an ARN is arn:partition:service:region:account:resource (six parts separated by colons; Region and account may be empty, as in arn:aws:s3:::my-bucket).`,
      it.node,
    );
    return;
  }
  const before = [arn.partition, arn.service, arn.region, arn.account];
  if (before.some(hasVariable)) {
    ctx.report(
      'ERROR',
      'VARIABLE_UNSUPPORTED_IN_ELEMENT',
      'Policy variables may be used only in the resource part of an ARN (after the fifth colon), not in its partition, service, Region or account.',
      it.node,
    );
    return;
  }
  if (!PARTITIONS.has(arn.partition) && !hasWildcard(arn.partition)) {
    ctx.report('ERROR', 'INVALID_PARTITION', `"${arn.partition}" is not an AWS partition: use "aws" (or aws-cn, aws-us-gov).`, it.node);
    return;
  }
  if (arn.service === '') {
    ctx.report('ERROR', 'MISSING_ARN_FIELD', `"${s}" has no service: write it after the partition, as in arn:aws:s3:::my-bucket.`, it.node);
    return;
  }
  if (hasWildcard(arn.service)) {
    ctx.report(
      'ERROR',
      'INVALID_ARN_SERVICE',
      `The service part of an ARN cannot contain a wildcard ("${arn.service}"): name the service, or use "*" as the whole Resource.`,
      it.node,
    );
    return;
  }
  if (arn.service !== arn.service.toLowerCase()) {
    ctx.report('ERROR', 'INVALID_ARN_SERVICE_CASE', `Service names in ARNs are lowercase: write "${arn.service.toLowerCase()}".`, it.node);
    return;
  }
  const status = serviceStatus(arn.service);
  if (status === 'unknown') {
    ctx.report('ERROR', 'INVALID_SERVICE', `"${arn.service}" in this ARN is not an AWS service prefix: check the spelling.`, it.node);
    return;
  }
  const wildOrEmpty = (x: string): boolean => x === '' || hasWildcard(x);
  if (!wildOrEmpty(arn.region) && !REGION.test(arn.region)) {
    ctx.report('ERROR', 'INVALID_ARN_REGION', `"${arn.region}" is not a Region code: use one such as us-east-1, or leave it empty for global services.`, it.node);
    return;
  }
  if (!wildOrEmpty(arn.account) && !/^\d{12}$/.test(arn.account) && arn.account !== 'aws') {
    ctx.report('ERROR', 'INVALID_ARN_ACCOUNT', `"${arn.account}" is not an account ID: use the 12-digit account number (no dashes).`, it.node);
    return;
  }
  if (arn.resource === '') {
    ctx.report('ERROR', 'MISSING_ARN_FIELD', `"${s}" has an empty resource part: name the resource after the last colon, or use "*".`, it.node);
    return;
  }
  if (status !== 'catalog') return;
  const all = arnTemplates(arn.service);
  if (all.length === 0) return;
  const name = getService(arn.service)?.name ?? arn.service;
  const exact = !hasWildcard(arn.resource) && !hasVariable(arn.resource);
  // The resource types this ARN can be; with wildcards or variables in it, any of them.
  const fits = exact ? all.filter((t) => t.resource.test(arn.resource)) : all;
  if (fits.length === 0) {
    ctx.report(
      'ERROR',
      'INVALID_ARN_RESOURCE',
      `"${arn.resource}" does not match any ${name} resource type. Check the ARN format in the Service Authorization Reference (for example ${Object.values(getService(arn.service)?.resourceTypes ?? {})[0] ?? ''}).`,
      it.node,
    );
    return;
  }
  if (arn.region !== '' && arn.region !== '*' && !fits.some((t) => t.hasRegion)) {
    ctx.report('ERROR', 'ARN_REGION_NOT_ALLOWED', `${name} ARNs of this kind have no Region: leave that part empty, as in arn:aws:${arn.service}::...`, it.node);
    return;
  }
  if (arn.account !== '' && arn.account !== '*' && !fits.some((t) => t.hasAccount)) {
    ctx.report(
      'ERROR',
      'ARN_ACCOUNT_NOT_ALLOWED',
      `${name} ARNs of this kind have no account ID${arn.service === 's3' ? ' (bucket names are global)' : ''}: leave that part empty, as in arn:aws:${arn.service}:::...`,
      it.node,
    );
    return;
  }
  if (arn.region === '' && fits.every((t) => t.hasRegion)) {
    ctx.report('ERROR', 'MISSING_ARN_REGION', `${name} ARNs of this kind need a Region: write one such as us-east-1, or "*".`, it.node);
    return;
  }
  if (arn.account === '' && fits.every((t) => t.hasAccount)) {
    ctx.report('WARNING', 'MISSING_ARN_ACCOUNT', `${name} ARNs of this kind include the account ID: write the 12-digit account, or "*".`, it.node);
  }
}
