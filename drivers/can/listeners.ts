import { passes } from './frame.js';
import type { CanFilter, CanFrame } from './types.js';

interface Subscription {
  listener: (frame: CanFrame) => void;
  filters: readonly CanFilter[] | undefined;
}

/**
 * The subscribers of one bus with their filters. A listener that throws is the consumer's bug;
 * it must not stop delivery to the others or kill the receive path, so its error is handed to
 * `onListenerError` (the bus logs it).
 */
export class FrameListeners {
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly onListenerError: (error: unknown) => void) {}

  add(listener: (frame: CanFrame) => void, filters?: readonly CanFilter[]): () => void {
    const subscription: Subscription = { listener, filters: filters === undefined ? undefined : [...filters] };
    this.subscriptions.add(subscription);
    return () => this.subscriptions.delete(subscription);
  }

  deliver(frame: CanFrame): void {
    for (const { listener, filters } of this.subscriptions) {
      if (!passes(frame, filters)) continue;
      try {
        listener(frame);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  get size(): number {
    return this.subscriptions.size;
  }
}
