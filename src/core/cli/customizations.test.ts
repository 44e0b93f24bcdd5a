import { describe, expect, it } from 'vitest';
import { newLab } from '../account/testing.ts';
import { runCli } from './run.ts';

const LINE = 'aws iam create-virtual-mfa-device --virtual-mfa-device-name phone --outfile qr.png --bootstrap-method QRCodePNG';

describe('aws iam create-virtual-mfa-device --outfile', () => {
  it('writes the QR code to the file and prints the device without its secrets', async () => {
    const lab = newLab();
    const written: Record<string, string | Uint8Array> = {};
    const out = await runCli(LINE, { state: lab.state, env: lab.env, writeFile: async (path, data) => void (written[path] = data) });
    expect(out).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(out.stdout)).toEqual({ VirtualMFADevice: { SerialNumber: 'arn:aws:iam::111122223333:mfa/phone' } });
    const png = written['qr.png'];
    expect(png).toBeInstanceOf(Uint8Array);
    // A PNG file starts with its signature.
    expect(Array.from((png as Uint8Array).slice(1, 4), (b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  it('without files (the browser terminal) the device is still made: the output says so, with what to do, not an error', async () => {
    const lab = newLab();
    const out = await runCli(LINE, { state: lab.state, env: lab.env });
    expect(out.exitCode).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ VirtualMFADevice: { SerialNumber: 'arn:aws:iam::111122223333:mfa/phone' } });
    expect(out.stderr).toContain('the device was created but its QR code was not saved as qr.png');
    expect(out.stderr).toContain('aws iam delete-virtual-mfa-device --serial-number arn:aws:iam::111122223333:mfa/phone');
    expect(lab.state.mfaDevices['arn:aws:iam::111122223333:mfa/phone']).toBeDefined();
  });
});
