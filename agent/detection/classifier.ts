import { v1, type outpost } from '../../wire/index.js';
import type { SeismicClassifierConfig } from './config.js';
import type { TriggerFeatures } from './features.js';

export type SeismicClass = 'PERSON' | 'VEHICLE' | 'UNKNOWN';

export interface Classification {
  class: SeismicClass;
  /** 0..1. */
  confidence: number;
}

export const detectionKindOf: Record<SeismicClass, outpost.v1.DetectionKind> = {
  PERSON: v1.DetectionKind.DETECTION_KIND_PERSON,
  VEHICLE: v1.DetectionKind.DETECTION_KIND_VEHICLE,
  UNKNOWN: v1.DetectionKind.DETECTION_KIND_UNKNOWN,
};

const clamp = (value: number, low = 0, high = 1): number => Math.min(high, Math.max(low, value));

/**
 * Rules, not a trained model: a post has no labelled data of its own on day one, and a
 * technician must be able to see why a trigger was called what it was.
 *
 * - PERSON: at least `person_min_impulses` impulses at a cadence inside `person_cadence_hz`,
 *   and the trigger impulsive (kurtosis ≥ `person_min_kurtosis`). Confidence grows with the
 *   number of steps and the regularity of the gait.
 * - VEHICLE: a trigger lasting at least `vehicle_min_duration`, with low kurtosis (sustained
 *   energy) and a strong spectral line (engine harmonics, `vehicle_min_tonality`). Confidence
 *   grows with duration and tonality.
 * - UNKNOWN otherwise, with a confidence that only says how strong the trigger was.
 *
 * Weak where the features overlap: a person running on hard ground near a road, a vehicle
 * idling far away (short, weak triggers), animals walking at a human cadence, rain or hail
 * (impulsive, irregular), and two people walking out of step (cadence doubles).
 */
export function classifyTrigger(features: TriggerFeatures, durationS: number, peakStaLta: number, on: number, settings: SeismicClassifierConfig): Classification {
  const [cadenceLow, cadenceHigh] = settings.person_cadence_hz;
  const steps = features.impulseCount;
  const walking = steps >= settings.person_min_impulses && features.cadenceHz >= cadenceLow && features.cadenceHz <= cadenceHigh;
  if (walking && features.kurtosis >= settings.person_min_kurtosis) {
    const more = clamp((steps - settings.person_min_impulses + 1) / 5);
    return { class: 'PERSON', confidence: round(clamp(0.45 + 0.25 * more + 0.25 * features.regularity, 0, 0.99)) };
  }
  const minDurationS = settings.vehicle_min_duration / 1000;
  if (durationS >= minDurationS && features.kurtosis <= settings.vehicle_max_kurtosis && features.tonality >= settings.vehicle_min_tonality) {
    const longer = clamp(durationS / (3 * minDurationS));
    const tonal = clamp(features.tonality / (3 * settings.vehicle_min_tonality));
    return { class: 'VEHICLE', confidence: round(clamp(0.45 + 0.25 * longer + 0.25 * tonal, 0, 0.99)) };
  }
  return { class: 'UNKNOWN', confidence: round(clamp((0.5 * peakStaLta) / (2 * on))) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
