import type { outpost } from '../../../wire/index.js';
import type { ClipRecorder } from '../../../drivers/camera/types.js';
import type { FrameStore } from './frame-store.js';
import { snapshotId, type SnapshotCause } from './snapshot.js';

const CLIP_TYPE = 'video/mp4';

/**
 * A clip around an alarm, asked of the camera bus's recorder at the alarm: written straight
 * into the frame store (same budget of bytes and age as full frames, fetched the same way, by
 * id) and named by a Snapshot record with content type video/mp4 and no picture in it, so the
 * centre knows it exists and how large it is (`full_size_bytes`, 0 when the store could not
 * keep it). frame_index and frame_count are 0: it is not one of the alarm's frames.
 * `incidentId` is read when the clip is done, so an incident emitted meanwhile is named.
 */
export async function clipAround(recorder: ClipRecorder, cause: Omit<SnapshotCause, 'frameIndex' | 'frameCount'>, incidentId: () => string | undefined, parts: { camera: string; store: FrameStore }, askedUnixMs: number): Promise<{ snapshot: outpost.v1.ISnapshot; kept: boolean; cutShort?: string | undefined }> {
  const id = snapshotId(parts.camera, askedUnixMs, 'clip-');
  const part = await parts.store.partPath(id, CLIP_TYPE);
  const file = await recorder.clip(part);
  const kept = await parts.store.adopt(id, part, askedUnixMs, CLIP_TYPE).catch(() => false);
  const snapshot: outpost.v1.ISnapshot = { id, camera: parts.camera, contentType: file.contentType, reason: cause.reason, frameIndex: 0, frameCount: 0 };
  if (kept) snapshot.fullSizeBytes = file.bytes;
  if (cause.detectionId !== undefined) snapshot.detectionId = cause.detectionId;
  const incident = incidentId() ?? cause.incidentId;
  if (incident !== undefined) snapshot.incidentId = incident;
  if (cause.triggerSensor !== undefined) snapshot.triggerSensor = cause.triggerSensor;
  return { snapshot, kept, cutShort: file.cutShort };
}
