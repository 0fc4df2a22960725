import type { outpost } from '../../../wire/index.js';

/** What a record asks of the camera. */
export type TriggerAction =
  /** Take the alarm's frames for this detection or incident. */
  | { type: 'shoot'; sensor: string; detectionId?: string; incidentId?: string }
  /** An incident of detections already being (or just) photographed: later frames carry its id. */
  | { type: 'link'; incidentId: string; detectionIds: string[] };

const REMEMBERED = 256;

/**
 * Decides which records make the camera take pictures: a detection from one of its trigger
 * sensors, or an incident one of them takes part in. An incident whose detections were already
 * photographed does not take the pictures again; it only links them.
 */
export class TriggerWatch {
  private readonly triggers: ReadonlySet<string>;
  private readonly photographed: string[] = [];

  constructor(triggers: readonly string[]) {
    this.triggers = new Set(triggers);
  }

  consider(record: outpost.v1.IRecord): TriggerAction | undefined {
    const detection = record.detection;
    if (detection !== null && detection !== undefined) {
      if (!this.triggers.has(detection.sensor ?? '') || detection.id === undefined || detection.id === null || detection.id === '') return undefined;
      if (this.photographed.includes(detection.id)) return undefined;
      this.remember(detection.id);
      return { type: 'shoot', sensor: detection.sensor as string, detectionId: detection.id };
    }
    const incident = record.incident;
    if (incident === null || incident === undefined || incident.id === undefined || incident.id === null) return undefined;
    const sensor = (incident.sensors ?? []).find((name) => this.triggers.has(name));
    if (sensor === undefined) return undefined;
    const detectionIds = incident.detectionIds ?? [];
    if (detectionIds.some((id) => this.photographed.includes(id))) return { type: 'link', incidentId: incident.id, detectionIds };
    for (const id of detectionIds) this.remember(id);
    return { type: 'shoot', sensor, incidentId: incident.id };
  }

  private remember(id: string): void {
    this.photographed.push(id);
    if (this.photographed.length > REMEMBERED) this.photographed.shift();
  }
}
