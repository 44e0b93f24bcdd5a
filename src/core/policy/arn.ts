/** The six parts of an ARN as written (the resource part may hold more colons). */
export interface ArnParts {
  prefix: string;
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/**
 * Splits an ARN into its parts at the first five colons, not counting colons inside `${...}`
 * (so `${aws:PrincipalAccount}` stays whole). Returns the parts found: fewer than six when the
 * ARN is short.
 */
export function splitArn(arn: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < arn.length && parts.length < 5; i++) {
    const ch = arn[i];
    if (ch === '$' && arn[i + 1] === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    else if (ch === ':' && depth === 0) {
      parts.push(arn.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(arn.slice(start));
  return parts;
}

/** The parts of a full ARN, or undefined when it has fewer than six. */
export function parseArn(arn: string): ArnParts | undefined {
  const p = splitArn(arn);
  if (p.length < 6) return undefined;
  const [prefix = '', partition = '', service = '', region = '', account = '', resource = ''] = p;
  return { prefix, partition, service, region, account, resource };
}

/** AWS partitions. */
export const PARTITIONS: ReadonlySet<string> = new Set([
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
]);
