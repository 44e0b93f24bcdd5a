/**
 * The resources of the universe: for each resource type of the catalogue, the account's ARNs of that
 * type, concrete instances of the patterns the policies name, and one "any other" ARN that no policy
 * names specifically.
 */
import { getService } from '../catalog/index.ts';
import { splitArn } from '../engine/arn.ts';

/** Where "any other" resources live. */
export interface ResourceScope {
  accountId: string;
  region: string;
}

/** The filler of every name in an "any other" ARN. */
export const OTHER_NAME = 'iam-lab-other';

const VARIABLE = /\$\{([^}]*)\}/g;

/** Names that may hold `/` (paths, object keys); other names stop at `/` and `:`. */
function spansSlashes(name: string): boolean {
  return /path|objectname|key$|logstream|loggroup/i.test(name);
}

/** A regular expression for the ARNs of one resource type, from its catalogue template. */
export function templateRegExp(template: string): RegExp {
  let out = '^';
  let last = 0;
  for (const m of template.matchAll(VARIABLE)) {
    out += template.slice(last, m.index).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const name = m[1] ?? '';
    if (name === 'Partition') out += '[^:]+';
    else if (name === 'Region' || name === 'Account') out += '[^:]*';
    else out += spansSlashes(name) ? '.+' : '[^/:]+';
    last = (m.index ?? 0) + m[0].length;
  }
  out += `${template.slice(last).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`;
  return new RegExp(out);
}

/** The "any other" ARN of a resource type: every name filled with OTHER_NAME. */
function otherArn(template: string, scope: ResourceScope): string {
  return template.replace(VARIABLE, (_, name: string) => {
    if (name === 'Partition') return 'aws';
    if (name === 'Region') return scope.region;
    if (name === 'Account') return scope.accountId;
    return OTHER_NAME;
  });
}

/** The user name of a user ARN, for `${aws:username}` in patterns. */
function userNameOf(principal: string): string | undefined {
  const m = /:user\/(?:.*\/)?([^/]+)$/.exec(principal);
  return m?.[1];
}

/**
 * A concrete ARN a Resource pattern matches: account and region wildcards filled from the scope, other
 * wildcards with `x`. Undefined for patterns that name nothing specific (`*`, `arn:aws:s3:::*`) or whose
 * variables cannot be filled.
 */
export function witnessOf(pattern: string, principal: string, scope: ResourceScope): string | undefined {
  let unresolved = false;
  const user = userNameOf(principal);
  const text = pattern.replace(VARIABLE, (_, name: string) => {
    if (name === '*' || name === '?' || name === '$') return name;
    if (name.toLowerCase() === 'aws:username' && user !== undefined) return user;
    unresolved = true;
    return '';
  });
  if (unresolved || !text.startsWith('arn:')) return undefined;
  const parts = splitArn(text);
  if (parts.length < 6) return undefined;
  const [, partition = '', service = '', region = '', account = '', resource = ''] = parts;
  if (/[*?]/.test(service) || /^[*?]*$/.test(resource)) return undefined;
  const fill = (part: string, whole: string): string => (/^[*?]+$/.test(part) ? whole : part.replace(/[*?]/g, 'x'));
  return ['arn', fill(partition, 'aws'), service, fill(region, scope.region), fill(account, scope.accountId), resource.replace(/[*?]/g, 'x')].join(':');
}

/** Resources by resource type (`service/type`), built lazily from a fixed list of candidate ARNs. */
export class ResourceIndex {
  private readonly byType = new Map<string, string[]>();
  /** "Any other" ARNs and the wildcard pattern each stands for (`arn:aws:s3:::*`). */
  readonly others = new Map<string, string>();

  constructor(
    private readonly candidates: readonly string[],
    private readonly scope: ResourceScope,
  ) {}

  /** The ARNs of one resource type of a service: candidates of that shape, then "any other". */
  of(service: string, type: string): string[] {
    const id = `${service}/${type}`;
    let list = this.byType.get(id);
    if (list === undefined) {
      const template = getService(service)?.resourceTypes[type];
      if (template === undefined) list = [];
      else {
        const re = templateRegExp(template);
        const other = otherArn(template, this.scope);
        this.others.set(other, other.split(OTHER_NAME).join('*'));
        list = [...new Set([...this.candidates.filter((arn) => re.test(arn)), other])];
      }
      this.byType.set(id, list);
    }
    return list;
  }
}
