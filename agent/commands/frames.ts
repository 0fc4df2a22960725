import type { Component } from '../../kernel/component.js';
import type { outpost } from '../../wire/index.js';
import type { PostConfig } from '../config/schema.js';
import { CameraSensor } from '../sensors/camera/sensor.js';
import { FrameStore, frameFolder } from '../sensors/camera/frame-store.js';
import type { CommandOutcome } from './desk.js';

type CameraConfig = Extract<PostConfig['sensors'][string], { type: 'camera' }>;

function cameraConfig(post: PostConfig, name: string | undefined): { name: string; config: CameraConfig } | { problem: string } {
  const cameras = Object.entries(post.sensors).filter((entry): entry is [string, CameraConfig] => entry[1].type === 'camera');
  if (cameras.length === 0) return { problem: 'this post has no camera sensor' };
  const chosen = name === undefined || name === '' ? (cameras.length === 1 ? cameras[0] : undefined) : cameras.find(([sensor]) => sensor === name);
  if (chosen === undefined) return { problem: `${name === undefined || name === '' ? 'name the camera' : `no camera sensor "${name}"`}: camera=${cameras.map(([sensor]) => sensor).join('|')}` };
  return { name: chosen[0], config: chosen[1] };
}

/** snapshot `camera=NAME`: a picture now; its thumbnail goes up as a Snapshot record, the result names its id. */
export async function snapshotCommand(command: outpost.v1.Command, post: PostConfig, component: (name: string) => Component | undefined): Promise<CommandOutcome> {
  const camera = cameraConfig(post, command.arguments['camera']);
  if ('problem' in camera) return { status: 'failed', reason: camera.problem };
  const sensor = component(`sensor:${camera.name}`);
  if (!(sensor instanceof CameraSensor)) return { status: 'failed', reason: `camera sensor "${camera.name}" is not running` };
  const snapshot = await sensor.snapshotNow();
  if (snapshot === undefined) return { status: 'failed', reason: `camera "${camera.name}" gave no frame (see its fault in status)` };
  return { status: 'done', text: JSON.stringify({ id: snapshot.id, camera: snapshot.camera, fullSizeBytes: snapshot.fullSizeBytes ?? 0, width: snapshot.fullWidth, height: snapshot.fullHeight }), type: 'application/json' };
}

/** fetch-file `camera=NAME id=SNAPSHOT_ID`: the full-size frame (or clip) kept on the post under a snapshot's id. */
export async function fetchFileCommand(command: outpost.v1.Command, post: PostConfig): Promise<CommandOutcome> {
  const camera = cameraConfig(post, command.arguments['camera']);
  if ('problem' in camera) return { status: 'failed', reason: camera.problem };
  const id = command.arguments['id'] ?? '';
  if (id === '') return { status: 'failed', reason: 'name the frame: id=SNAPSHOT_ID (the id of a Snapshot record)' };
  const store = new FrameStore(frameFolder(post, camera.name, camera.config), { maxBytes: camera.config.store.max_size, maxAgeMs: camera.config.store.max_age });
  const kept = await store.fetch(id);
  if (kept === undefined) return { status: 'failed', reason: `no full frame "${id}" is kept by camera "${camera.name}" (never kept, or pushed out by its store.max_size or max_age)` };
  return { status: 'done', bytes: kept.bytes, type: kept.type };
}
