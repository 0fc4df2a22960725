import { toNumber, type outpost } from '../../wire/index.js';
import { OutpostError } from '../../kernel/errors.js';
import { silentLogger } from '../../kernel/logger.js';
import { detectionKindOf } from './classifier.js';
import type { Member } from './coincidence.js';
import { IncidentFusion } from './fusion.js';
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
 * (each printed after the detections that made it), decided by the agent's own IncidentFusion
 * with every trace weighing 1, its clock set to each detection's onset in turn.
 */
export function replayLines(traces: readonly Trace[], settings: Omit<ChainSettings, 'rate'>, coincidence?: { sum: number; windowS: number }): (DetectionLine | IncidentLine)[] {
  const all = traces.flatMap((trace) => replayTrace(trace, settings)).sort((a, b) => a.onsetMs - b.onsetMs || a.sensor.localeCompare(b.sensor));
  const lines: (DetectionLine | IncidentLine)[] = [];
  let clock = 0;
  const fusion =
    coincidence === undefined
      ? undefined
      : new IncidentFusion({
          config: { window: coincidence.windowS * 1000, threshold: coincidence.sum, max_duration: Infinity },
          weights: new Map(),
          sink: { emit: (draft) => ('incident' in draft ? lines.push(incidentLine(draft.incident)) : undefined) },
          log: silentLogger(),
          now: () => clock,
          timers: false,
        });
  for (const replayed of all) {
    clock = replayed.onsetMs;
    fusion?.observe({ detection: detectionRecord(replayed) });
    lines.push(detectionLine(replayed));
  }
  fusion?.stop();
  return lines;
}

function detectionRecord(replayed: ReplayedTrigger): outpost.v1.IDetection {
  const { trigger } = replayed;
  return {
    id: replayed.id,
    sensor: replayed.sensor,
    kind: detectionKindOf[trigger.classification.class],
    confidence: trigger.classification.confidence,
    // Fractional ms kept: the recordings' sample times are finer than a millisecond.
    onsetUnixMs: replayed.onsetMs,
    durationMs: trigger.durationS * 1000,
  };
}

function incidentLine(incident: outpost.v1.IIncident): IncidentLine {
  const startMs = toNumber(incident.startUnixMs ?? 0);
  const endMs = toNumber(incident.endUnixMs ?? 0);
  return {
    type: 'incident',
    onset: new Date(startMs).toISOString(),
    duration_s: round((endMs - startMs) / 1000, 3),
    sensors: incident.sensors ?? [],
    coincidence_sum: round(incident.coincidenceSum ?? 0, 3),
  };
}
