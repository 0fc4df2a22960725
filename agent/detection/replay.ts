import { OutpostError } from '../errors.js';
import { CoincidenceGrouper, type Member } from './coincidence.js';
import { SeismicChain, type ChainSettings, type SeismicTrigger } from './seismic-chain.js';
import type { Trace } from './trace-file.js';

/** What `outpost replay seismic` prints, one JSON object per line. */
export interface DetectionLine {
  type: 'detection';
  sensor: string;
  onset: string;
  duration_s: number;
  peak: number;
  class: string;
  confidence: number;
}

export interface IncidentLine {
  type: 'incident';
  onset: string;
  duration_s: number;
  sensors: string[];
  coincidence_sum: number;
}

export interface ReplayedTrigger extends Member {
  trigger: SeismicTrigger;
}

/** Runs each trace through its own chain, in chunks as the live sensor would see them. */
export function replayTrace(trace: Trace, settings: Omit<ChainSettings, 'rate'>, chunk = 1024): ReplayedTrigger[] {
  const found: ReplayedTrigger[] = [];
  let chain: SeismicChain;
  try {
    chain = new SeismicChain({ ...settings, rate: trace.rate }, (trigger) => {
      const onsetMs = trace.startMs + (trigger.onIndex * 1000) / trace.rate;
      found.push({ id: `${trace.sensor}:${Math.round(onsetMs)}`, sensor: trace.sensor, onsetMs, endMs: onsetMs + trigger.durationS * 1000, weight: 1, trigger });
    });
  } catch (error) {
    if (error instanceof OutpostError) throw new OutpostError(error.message, { code: error.code, subject: trace.sensor, hint: error.hint, cause: error });
    throw error;
  }
  for (let at = 0; at < trace.samples.length; at += chunk) chain.push(trace.samples.subarray(at, at + chunk));
  chain.flush();
  return found;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function detectionLine(replayed: ReplayedTrigger): DetectionLine {
  const { trigger } = replayed;
  return {
    type: 'detection',
    sensor: replayed.sensor,
    onset: new Date(replayed.onsetMs).toISOString(),
    duration_s: round(trigger.durationS, 3),
    peak: round(trigger.features.peak, 2),
    class: trigger.classification.class,
    confidence: trigger.classification.confidence,
  };
}

/**
 * Every trace's detections in onset order, and with `coincidence` the incidents across traces
 * (each printed after the detections that made it).
 */
export function replayLines(traces: readonly Trace[], settings: Omit<ChainSettings, 'rate'>, coincidence?: { sum: number; windowS: number }): (DetectionLine | IncidentLine)[] {
  const all = traces.flatMap((trace) => replayTrace(trace, settings)).sort((a, b) => a.onsetMs - b.onsetMs || a.sensor.localeCompare(b.sensor));
  const lines: (DetectionLine | IncidentLine)[] = [];
  const grouper = coincidence === undefined ? undefined : new CoincidenceGrouper<ReplayedTrigger>(coincidence.windowS * 1000, coincidence.sum);
  const incident = (group: { startMs: number; endMs: number; sensors: string[]; coincidenceSum: number }): IncidentLine => ({
    type: 'incident',
    onset: new Date(group.startMs).toISOString(),
    duration_s: round((group.endMs - group.startMs) / 1000, 3),
    sensors: group.sensors,
    coincidence_sum: round(group.coincidenceSum, 3),
  });
  for (const replayed of all) {
    if (grouper !== undefined) for (const group of grouper.add(replayed, replayed.onsetMs)) lines.push(incident(group));
    lines.push(detectionLine(replayed));
  }
  if (grouper !== undefined) for (const group of grouper.flush()) lines.push(incident(group));
  return lines;
}
