import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants } from 'node:fs';

/**
 * A capture cut into epochs at the receiver's own pace: each burst with the time, from its
 * NMEA time stamps, until the next one. Lines are kept byte for byte (CR and garbage included).
 */
export function captureEpochs(path: string): { text: string; gapMs: number }[] {
  const lines = readFileSync(path, 'latin1').split('\n').filter((line) => !line.startsWith('#') && line.length > 0);
  const epochs: { text: string; seconds: number | undefined }[] = [];
  let current: { text: string; seconds: number | undefined } | undefined;
  for (const line of lines) {
    const match = /^\$..(?:GGA|RMC),(\d{2})(\d{2})(\d{2}(?:\.\d+)?),/.exec(line);
    const seconds = match === null ? undefined : Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
    if (current === undefined || (seconds !== undefined && current.seconds !== undefined && seconds !== current.seconds)) {
      current = { text: '', seconds };
      epochs.push(current);
    }
    if (current.seconds === undefined) current.seconds = seconds;
    current.text += `${line}\n`;
  }
  return epochs.map((epoch, i) => {
    const next = epochs[i + 1];
    const gap = next?.seconds !== undefined && epoch.seconds !== undefined ? next.seconds - epoch.seconds : 1;
    // Garbled captures jump around in time: a burst is never more than 2 s nor less than 0 from the next.
    return { text: epoch.text, gapMs: Math.min(2, Math.max(0, gap)) * 1000 };
  });
}

/** Writes a capture into the device end of a PTY pair at its pace, scaled by `scale` (0.1 = ten times faster). */
export async function playCapture(ptyEnd: string, path: string, scale: number, signal?: { stopped: boolean }): Promise<void> {
  const handle = await open(ptyEnd, constants.O_RDWR | constants.O_NOCTTY);
  try {
    for (const epoch of captureEpochs(path)) {
      if (signal?.stopped === true) return;
      await handle.write(Buffer.from(epoch.text, 'latin1'));
      await new Promise((resolve) => setTimeout(resolve, epoch.gapMs * scale));
    }
  } finally {
    await handle.close();
  }
}
