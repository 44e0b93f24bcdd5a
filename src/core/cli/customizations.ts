/**
 * Commands the AWS CLI changes from the plain API call. `iam create-virtual-mfa-device` takes
 * `--outfile` and `--bootstrap-method QRCodePNG|Base32StringSeed`, writes that value to the file (the
 * PNG as bytes) and leaves both out of the printed response.
 */
import type { ArgDef } from './arg-table.ts';
import { CliFailureSignal } from './outcome.ts';
import type { FileAccess } from './values.ts';

/** Extra options of one command and what it does with the response. */
export interface Customization {
  args: ArgDef[];
  /**
   * Post-process the response into what is printed, with an optional note for standard error; throws
   * CliFailureSignal for a bad option value.
   */
  after(value: unknown, options: Map<string, string>, files: FileAccess): Promise<{ value: unknown; note?: string }>;
}

function base64Bytes(b64: string): Uint8Array {
  const binary = atob(b64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const METHODS = ['QRCodePNG', 'Base32StringSeed'];

export const CUSTOMIZATIONS: Record<string, Customization> = {
  'iam:CreateVirtualMFADevice': {
    args: [
      { option: '--outfile', kind: 'scalar', required: true, documented: true, spec: { name: 'outfile', type: 'string', doc: 'The path and file name where the bootstrap information will be stored.' } },
      { option: '--bootstrap-method', kind: 'scalar', required: true, documented: true, spec: { name: 'bootstrap-method', type: 'string', enum: METHODS, doc: 'Method to use to seed the virtual MFA: QRCodePNG or Base32StringSeed.' } },
    ],
    async after(value, options, files) {
      const method = options.get('--bootstrap-method') as string;
      const outfile = options.get('--outfile') as string;
      if (!METHODS.includes(method)) {
        throw new CliFailureSignal({ kind: 'usage', message: `argument --bootstrap-method: Invalid choice, valid choices are:\n\n${METHODS.map((m) => m.padEnd(40)).join(' | ')}` });
      }
      const response = value as { VirtualMFADevice?: Record<string, unknown> };
      const device = { ...(response.VirtualMFADevice ?? {}) };
      const content = String(device[method] ?? '');
      delete device.QRCodePNG;
      delete device.Base32StringSeed;
      const printed = { ...response, VirtualMFADevice: device };
      if (!files.writeFile) {
        // The browser terminal has no files. The device was made (the call succeeded): print what the AWS CLI
        // prints and say plainly what that means, rather than an error that reads as a refusal.
        const serial = String(device.SerialNumber ?? '');
        const what = method === 'QRCodePNG' ? 'QR code' : 'seed';
        return {
          value: printed,
          note: `\nNote: this terminal has no files, so the device was created but its ${what} was not saved as ${outfile}, and no authenticator can be set up for it. Assign MFA in the console instead (it shows the QR code to the simulated authenticator), and delete this one: aws iam delete-virtual-mfa-device --serial-number ${serial}\n`,
        };
      }
      try {
        await files.writeFile(outfile, method === 'QRCodePNG' ? base64Bytes(content) : content);
      } catch (e) {
        throw new CliFailureSignal({ kind: 'plain', message: e instanceof Error ? e.message : String(e) });
      }
      return { value: printed };
    },
  },
};
