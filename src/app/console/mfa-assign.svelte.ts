/**
 * The "Assign MFA device" flow of the console, for the root user or an IAM user: choose a virtual device
 * (CreateVirtualMFADevice returns its QR code and Base32 seed, shown once) or a hardware token the
 * learner holds, read two consecutive codes from the simulated authenticator, and EnableMFADevice —
 * always as a console call, the only way AWS lets root turn on MFA.
 */
import type { DisplayedCode } from '../../core/account/operations/iam/mfa/hardware.ts';
import type { ConsoleState } from './console-state.svelte.ts';

/** What CreateVirtualMFADevice handed back (only then: AWS never shows the seed again). */
export interface CreatedDevice {
  serialNumber: string;
  qrPngBase64: string;
  base32Seed: string;
}

/** A code is six digits. */
export function isCode(text: string): boolean {
  return /^\d{6}$/.test(text);
}

export class MfaAssign {
  kind: 'virtual' | 'hardware' | undefined = $state(undefined);
  deviceName = $state('');
  created: CreatedDevice | undefined = $state(undefined);
  showSecret = $state(false);
  hardwareSerial = $state('');
  code1 = $state('');
  code2 = $state('');
  /** What the simulated authenticator (or token) shows now. */
  display: DisplayedCode | undefined = $state(undefined);
  done = $state(false);

  /** `userName` undefined: the root user's own device. */
  constructor(
    private readonly console: ConsoleState,
    readonly userName: string | undefined,
  ) {
    this.deviceName = userName ?? 'root-mfa';
  }

  /** The serial the codes are for: the new virtual device's ARN or the chosen token's serial. */
  get serial(): string | undefined {
    if (this.kind === 'virtual') return this.created?.serialNumber;
    if (this.kind === 'hardware') return this.hardwareSerial || undefined;
    return undefined;
  }

  /** Whether EnableMFADevice can be tried. */
  get canEnable(): boolean {
    return this.serial !== undefined && isCode(this.code1) && isCode(this.code2) && this.code1 !== this.code2;
  }

  /** Start over with another kind of device. */
  choose(kind: 'virtual' | 'hardware'): void {
    this.kind = kind;
    this.code1 = '';
    this.code2 = '';
    this.display = undefined;
    if (kind === 'hardware' && !this.hardwareSerial) this.hardwareSerial = this.console.heldTokens()[0] ?? '';
  }

  /** CreateVirtualMFADevice; keeps the QR code and seed it returns. */
  async createVirtual(): Promise<boolean> {
    const r = await this.console.act('CreateVirtualMFADevice', { VirtualMFADeviceName: this.deviceName.trim() });
    if (!r.ok) return false;
    const d = (r.value as { VirtualMFADevice: { SerialNumber: string; QRCodePNG: string; Base32StringSeed: string } }).VirtualMFADevice;
    this.created = { serialNumber: d.SerialNumber, qrPngBase64: d.QRCodePNG, base32Seed: d.Base32StringSeed };
    await this.tick();
    return true;
  }

  /** Read the device's current code again (the authenticator panel calls this every second). */
  async tick(): Promise<void> {
    const serial = this.serial;
    this.display = serial ? await this.console.code(serial) : undefined;
  }

  /** EnableMFADevice with the two codes, through the console. */
  async enable(): Promise<boolean> {
    const serial = this.serial;
    if (!serial) return false;
    const params: Record<string, unknown> = { SerialNumber: serial, AuthenticationCode1: this.code1.trim(), AuthenticationCode2: this.code2.trim() };
    if (this.userName !== undefined) params.UserName = this.userName;
    const r = await this.console.act('EnableMFADevice', params, { append: true });
    if (r.ok) this.done = true;
    return r.ok;
  }
}
