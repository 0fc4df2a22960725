import { OutpostError, describeError } from '../../../kernel/errors.js';
import type { Bus } from '../../../kernel/bus.js';
import type { Component } from '../../../kernel/component.js';
import type { Camera } from '../../../drivers/camera/types.js';
import { fail, pass, type Check } from './check.js';

function isCamera(bus: Bus | Component): bus is Camera {
  return 'contract' in bus && bus.contract === 'Camera' && typeof (bus as Partial<Camera>).grab === 'function';
}

/** The camera buses among the post's buses, by name. */
export function cameraBuses(buses: ReadonlyMap<string, Bus | Component>): [string, Camera][] {
  return [...buses.entries()].filter((entry): entry is [string, Camera] => isCamera(entry[1]));
}

/**
 * One frame asked of a camera through its bus, as a sensor would ask it: passes with what came
 * (type, size, time taken); fails with the driver's reason and its hint (wrong URL, password,
 * an HTML page instead of a JPEG, no answer within the bus's timeout).
 */
export async function cameraCheck(name: string, camera: Camera): Promise<Check> {
  const part = `camera:${name}`;
  try {
    const frame = await camera.grab();
    const kib = (frame.bytes.length / 1024).toFixed(1);
    return pass(part, `a frame: ${frame.contentType}, ${kib} KiB in ${frame.receivedUnixMs - frame.requestedUnixMs} ms from ${camera.info().url}`);
  } catch (error) {
    const hint = error instanceof OutpostError && error.hint !== undefined ? error.hint : undefined;
    return fail(part, `no frame: ${describeError(error)}`, hint ?? `check the camera's power and network, and its address in the bus config; outpost probe camera tries it directly`);
  }
}
