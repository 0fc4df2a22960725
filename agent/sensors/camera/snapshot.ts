import { v1, type outpost } from '../../../wire/index.js';
import type { Frame } from '../../../drivers/camera/types.js';
import type { FrameStore } from './frame-store.js';
import { makeThumbnail, type RawPicture, type ThumbnailLimits } from './thumbnail.js';

/** Why and for what a frame was taken. */
export interface SnapshotCause {
  reason: outpost.v1.SnapshotReason;
  detectionId?: string | undefined;
  incidentId?: string | undefined;
  triggerSensor?: string | undefined;
  frameIndex: number;
  frameCount: number;
}

export interface SnapshotParts {
  /** The camera bus's name (Snapshot.camera). */
  camera: string;
  store: FrameStore;
  thumbnail: ThumbnailLimits;
}

let sequence = 0;

/** A snapshot id unique on this post: the camera, when, and a sequence for several in one ms. */
export function snapshotId(camera: string, takenUnixMs: number, kind = ''): string {
  sequence = (sequence + 1) % 1000;
  return `${camera}-${kind}${takenUnixMs}-${sequence}`;
}

/**
 * One frame turned into what goes up and what stays: a thumbnail in the Snapshot record (a few
 * KB, for a slow radio), the full frame in the frame store under the snapshot's id. A frame
 * the store cannot keep (disk full, larger than the budget) is still reported, with
 * full_size_bytes 0, so the centre knows not to ask for it.
 */
export async function snapshotOf(frame: Frame, cause: SnapshotCause, parts: SnapshotParts, takenUnixMs: number): Promise<{ snapshot: outpost.v1.ISnapshot; kept: boolean; decoded: RawPicture }> {
  const thumbnail = await makeThumbnail(frame.bytes, parts.thumbnail, `camera ${parts.camera}`);
  const id = snapshotId(parts.camera, takenUnixMs);
  const kept = await parts.store.put(id, frame.bytes, takenUnixMs).catch(() => false);
  const snapshot: outpost.v1.ISnapshot = {
    id,
    camera: parts.camera,
    contentType: 'image/jpeg',
    data: thumbnail.bytes,
    width: thumbnail.width,
    height: thumbnail.height,
    reason: cause.reason,
    frameIndex: cause.frameIndex,
    frameCount: cause.frameCount,
    fullWidth: thumbnail.fullWidth,
    fullHeight: thumbnail.fullHeight,
  };
  if (kept) snapshot.fullSizeBytes = frame.bytes.length;
  if (cause.detectionId !== undefined) snapshot.detectionId = cause.detectionId;
  if (cause.incidentId !== undefined) snapshot.incidentId = cause.incidentId;
  if (cause.triggerSensor !== undefined) snapshot.triggerSensor = cause.triggerSensor;
  return { snapshot, kept, decoded: thumbnail.decoded };
}

export const ALARM = v1.SnapshotReason.SNAPSHOT_REASON_ALARM;
export const SCHEDULED = v1.SnapshotReason.SNAPSHOT_REASON_SCHEDULED;
export const REQUESTED = v1.SnapshotReason.SNAPSHOT_REASON_REQUESTED;
