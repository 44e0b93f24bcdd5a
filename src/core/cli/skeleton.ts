/** `--generate-cli-skeleton input`: every parameter with an empty value of its type, as the AWS CLI prints. */
import type { ParamSpec } from '../account/params.ts';

function emptyOf(spec: ParamSpec): unknown {
  switch (spec.type) {
    case 'integer':
      return 0;
    case 'boolean':
      return true;
    case 'list':
      return [spec.member ? emptyOf(spec.member) : ''];
    case 'map':
      return { KeyName: spec.member ? emptyOf(spec.member) : '' };
    case 'structure':
      return Object.fromEntries((spec.members ?? []).map((m) => [m.name, emptyOf(m)]));
    default:
      return '';
  }
}

/** The skeleton object of an operation's parameters. */
export function inputSkeleton(params: readonly ParamSpec[]): Record<string, unknown> {
  return Object.fromEntries(params.map((p) => [p.name, emptyOf(p)]));
}
