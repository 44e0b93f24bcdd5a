// Run with `npx vitest bench src/core/policy --run`. Validation runs on every keystroke, so a
// 6 KB policy (about the managed-policy quota) should take a few milliseconds.
import { bench, describe } from 'vitest';
import { parsePolicy } from './parse.ts';
import { validatePolicy } from './validate.ts';

/** A realistic policy of about `bytes` characters: varied actions, ARNs, variables and conditions. */
function samplePolicy(bytes: number): string {
  const statements: unknown[] = [];
  for (let i = 0; JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2).length < bytes; i++) {
    statements.push({
      Sid: `Statement${i}`,
      Effect: i % 5 === 4 ? 'Deny' : 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', `s3:List*`, 'ec2:Describe*', 'dynamodb:Query', 'kms:Decrypt'],
      Resource: [`arn:aws:s3:::bucket-${i}/\${aws:username}/*`, `arn:aws:dynamodb:us-east-1:111122223333:table/t${i}`],
      Condition: {
        StringEquals: { 'aws:RequestedRegion': 'us-east-1', 'aws:PrincipalTag/team': 'blue' },
        Bool: { 'aws:MultiFactorAuthPresent': 'true' },
        IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] },
      },
    });
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

const six = samplePolicy(6 * 1024);

describe(`validate a ${six.length}-character policy`, () => {
  bench('parsePolicy', () => {
    parsePolicy(six);
  });
  bench('validatePolicy', () => {
    validatePolicy(six);
  });
});
