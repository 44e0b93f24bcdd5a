/** Text and table output by the rules of the AWS CLI user guide ("Text output format", "Table output format"). */
import { describe, expect, it } from 'vitest';
import { applyQuery } from '../../src/core/cli/format/index.ts';
import { formatTable } from '../../src/core/cli/format/table.ts';
import { formatText } from '../../src/core/cli/format/text.ts';

// The shape of the user guide's `aws ec2 describe-volumes` example.
const VOLUMES = {
  Volumes: [
    { AvailabilityZone: 'us-west-2a', Attachments: [{ AttachTime: '2013-09-17T00:55:03.000Z', InstanceId: 'i-a071c394', VolumeId: 'vol-e11a5288', State: 'attached', DeleteOnTermination: true, Device: '/dev/sda1' }], VolumeType: 'standard', VolumeId: 'vol-e11a5288', State: 'in-use', SnapshotId: 'snap-f23ec1c8', CreateTime: '2013-09-17T00:55:03.000Z', Size: 30 },
    { AvailabilityZone: 'us-west-2a', Attachments: [{ AttachTime: '2013-09-18T20:26:16.000Z', InstanceId: 'i-4b41a37c', VolumeId: 'vol-2e410a47', State: 'attached', DeleteOnTermination: true, Device: '/dev/sda1' }], VolumeType: 'standard', VolumeId: 'vol-2e410a47', State: 'in-use', SnapshotId: 'snap-708e8348', CreateTime: '2013-09-18T20:26:15.000Z', Size: 8 },
  ],
};

describe('text output', () => {
  it('prints a queried list of lists one line each, None for missing values (the guide example)', () => {
    const q = applyQuery(VOLUMES, 'Volumes[*].[VolumeId, Attachments[0].InstanceId, AvailabilityZone, Size, FileSystemSize]');
    expect(q.ok && formatText(q.value)).toBe('vol-e11a5288\ti-a071c394\tus-west-2a\t30\tNone\nvol-2e410a47\ti-4b41a37c\tus-west-2a\t8\tNone\n');
  });

  it('prints structures as KEY-prefixed rows of sorted scalars, nested ones after', () => {
    expect(formatText(VOLUMES)).toBe(
      'VOLUMES\tus-west-2a\t2013-09-17T00:55:03.000Z\t30\tsnap-f23ec1c8\tin-use\tvol-e11a5288\tstandard\n' +
        'ATTACHMENTS\t2013-09-17T00:55:03.000Z\tTrue\t/dev/sda1\ti-a071c394\tattached\tvol-e11a5288\n' +
        'VOLUMES\tus-west-2a\t2013-09-18T20:26:15.000Z\t8\tsnap-708e8348\tin-use\tvol-2e410a47\tstandard\n' +
        'ATTACHMENTS\t2013-09-18T20:26:16.000Z\tTrue\t/dev/sda1\ti-4b41a37c\tattached\tvol-2e410a47\n',
    );
  });

  it('prints a bare list of scalars on one line and a nested one as KEY rows', () => {
    expect(formatText(['a', 'b', 3])).toBe('a\tb\t3\n');
    expect(formatText({ PolicyNames: ['p1', 'p2'] })).toBe('POLICYNAMES\tp1\nPOLICYNAMES\tp2\n');
    expect(formatText({ Flag: false, Name: 'x' })).toBe('False\tx\n');
    expect(formatText('plain')).toBe('plain\n');
  });
});

describe('table output', () => {
  it('boxes nested sections as the guide shows (one volume of its describe-volumes example)', () => {
    const out = formatTable('DescribeVolumes', { Volumes: VOLUMES.Volumes.slice(0, 1) }, { terminalWidth: 300 });
    expect(out).toBe(
      [
      '---------------------------------------------------------------------------------------------------------------------',
      '|                                                  DescribeVolumes                                                  |',
      '+-------------------------------------------------------------------------------------------------------------------+',
      '||                                                     Volumes                                                     ||',
      '|+------------------+---------------------------+-------+----------------+---------+----------------+--------------+|',
      '|| AvailabilityZone |        CreateTime         | Size  |  SnapshotId    |  State  |   VolumeId     | VolumeType   ||',
      '|+------------------+---------------------------+-------+----------------+---------+----------------+--------------+|',
      '||  us-west-2a      |  2013-09-17T00:55:03.000Z |  30   |  snap-f23ec1c8 |  in-use |  vol-e11a5288  |  standard    ||',
      '|+------------------+---------------------------+-------+----------------+---------+----------------+--------------+|',
      '|||                                                  Attachments                                                  |||',
      '||+---------------------------+------------------------+-------------+--------------+------------+----------------+||',
      '|||        AttachTime         |  DeleteOnTermination   |   Device    | InstanceId   |   State    |   VolumeId     |||',
      '||+---------------------------+------------------------+-------------+--------------+------------+----------------+||',
      '|||  2013-09-17T00:55:03.000Z |  True                  |  /dev/sda1  |  i-a071c394  |  attached  |  vol-e11a5288  |||',
      '||+---------------------------+------------------------+-------------+--------------+------------+----------------+||',
        '',
      ].join('\n'),
    );
    const both = formatTable('DescribeVolumes', VOLUMES, { terminalWidth: 300 }).trimEnd().split('\n');
    expect(new Set(both.map((l) => l.length)).size).toBe(1);
    expect(both.filter((l) => /\bAttachments\b/.test(l))).toHaveLength(2);
  });

  it('turns single-row sections vertical when the table is wider than the terminal', () => {
    const wide = formatTable('GetUser', { User: { Arn: 'arn:aws:iam::111122223333:user/a-rather-long-user-name', UserName: 'a-rather-long-user-name', UserId: 'AIDAEXAMPLEEXAMPLE12', CreateDate: '2026-01-15T10:00:00+00:00', Path: '/' } });
    const lines = wide.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(lines.some((l) => /^\|\|\s+UserName\s+\|\s+a-rather-long-user-name\s+\|\|$/.test(l))).toBe(true);
  });

  it('prints a one-member structure as key | value, and nothing for an empty value', () => {
    expect(formatTable('GetAccountPasswordPolicy', { Only: 'x' })).toBe('--------------------------\n|GetAccountPasswordPolicy|\n+--------------+---------+\n|  Only        |  x      |\n+--------------+---------+\n');
    expect(formatTable('ListUsers', {})).toBe('');
  });
});
