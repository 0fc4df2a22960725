import { OutpostError } from '../../kernel/errors.js';
import { SerialLink, type SerialLinkOptions } from './link.js';

/**
 * Opens a link for a one-shot command (probe, scan): resolves once it is open, or rejects
 * with the reason (missing, busy, permission, refused) instead of retrying in the background.
 * After it opens, a loss is still retried with the given backoff.
 */
export async function openLinkOnce(options: Omit<SerialLinkOptions, 'reconnect'> & { reconnect?: SerialLinkOptions['reconnect'] }): Promise<SerialLink> {
  const link = new SerialLink({ reconnect: { min: 500, max: 5000 }, ...options });
  await link.start();
  if (link.state !== 'open') {
    const error = link.error ?? new OutpostError('cannot open', { code: 'serial.open', subject: link.description });
    await link.stop();
    throw error;
  }
  return link;
}
