/**
 * JSON schemas for the structure of policy documents (identity, resource, trust), for the editor's
 * JSON language service: element names, Effect values, string-or-array shapes. The validator does
 * the IAM-specific checks; the schema only helps with structure and key completion.
 */
import type { EditorPolicyKind } from './policy-test.ts';

type Schema = Record<string, unknown>;

const stringOrArray: Schema = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] };
const principal: Schema = {
  description: 'Who the statement applies to: "*", or an object such as {"AWS": "arn:aws:iam::111122223333:root"}.',
  anyOf: [
    { const: '*' },
    {
      type: 'object',
      properties: { AWS: stringOrArray, Service: stringOrArray, Federated: stringOrArray, CanonicalUser: stringOrArray },
      additionalProperties: false,
    },
  ],
};

function statement(kind: EditorPolicyKind): Schema {
  const properties: Schema = {
    Sid: { type: 'string', description: 'A name for the statement (letters and digits).' },
    Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny.' },
    Action: { ...stringOrArray, description: 'Actions such as "s3:GetObject"; wildcards * and ? allowed.' },
    NotAction: { ...stringOrArray, description: 'Every action except these.' },
    Condition: { type: 'object', description: 'Operator → key → value(s), e.g. {"Bool": {"aws:MultiFactorAuthPresent": "true"}}.', additionalProperties: { type: 'object' } },
  };
  if (kind !== 'trust') {
    properties.Resource = { ...stringOrArray, description: 'Resource ARNs, or "*".' };
    properties.NotResource = { ...stringOrArray, description: 'Every resource except these.' };
  }
  if (kind !== 'identity') {
    properties.Principal = principal;
    properties.NotPrincipal = principal;
  }
  return { type: 'object', properties, required: ['Effect'], additionalProperties: false };
}

/** The schema of one kind of policy document. */
export function policySchema(kind: EditorPolicyKind): Schema {
  const st = statement(kind);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `IAM ${kind} policy`,
    type: 'object',
    properties: {
      Version: { enum: ['2012-10-17', '2008-10-17'], description: 'The policy language version: "2012-10-17".' },
      Id: { type: 'string' },
      Statement: { anyOf: [st, { type: 'array', items: st }] },
    },
    required: ['Statement'],
    additionalProperties: false,
  };
}
