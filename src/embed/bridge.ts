/**
 * The lab's end of the postMessage channel: posts only to the parent's origin, and accepts messages only
 * from the parent window at that origin. Everything else is ignored without a word.
 */
import { parseHostMessage, type HostMessage, type LabMessage } from './protocol.ts';

/** The parts of `window` the bridge uses (so tests can pass a fake). */
export interface BridgeWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export class EmbedBridge {
  private readonly listener: (event: MessageEvent) => void;

  /** @param parentOrigin the one origin to talk to; undefined disables the bridge (not framed). */
  constructor(
    private readonly win: BridgeWindow,
    readonly parentOrigin: string | undefined,
    onMessage: (message: HostMessage) => void,
  ) {
    this.listener = (event) => {
      if (!this.parentOrigin || event.origin !== this.parentOrigin || event.source !== this.win.parent) return;
      const message = parseHostMessage(event.data);
      if (message) onMessage(message);
    };
    win.addEventListener('message', this.listener);
  }

  /** Tell the host (nothing is sent when the parent's origin is unknown). */
  post(message: LabMessage): void {
    if (this.parentOrigin) this.win.parent.postMessage(message, this.parentOrigin);
  }

  dispose(): void {
    this.win.removeEventListener('message', this.listener);
  }
}
