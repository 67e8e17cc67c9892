/**
 * A minimal Node-style readable stream over decoded text, the shape Papa
 * Parse recognises as a stream (`readable`, `read`, `on`): it then parses
 * chunk by chunk as the text arrives, pausing us when it wants to.
 */
type Listener = (arg?: unknown) => void;

export class TextStream {
  readonly readable = true;
  private readonly listeners = new Map<string, Set<Listener>>();
  private paused = false;
  private wake: (() => void) | null = null;

  constructor(private readonly source: AsyncIterable<string>) {}

  /** Papa checks for this function; data is pushed through 'data' events instead. */
  read(): null {
    return null;
  }

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.wake?.();
    this.wake = null;
  }

  private emit(event: string, arg?: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(arg);
  }

  /** Pumps the source into 'data' events, then 'end' (or 'error'). */
  start(): void {
    void (async () => {
      try {
        for await (const text of this.source) {
          while (this.paused) await new Promise<void>((resolve) => (this.wake = resolve));
          if (text.length > 0) this.emit('data', text);
        }
        this.emit('end');
      } catch (error) {
        this.emit('error', error);
      }
    })();
  }
}
