import { classifyTrigger, type Classification } from './classifier.js';
import type { SeismicClassifierConfig } from './config.js';
import { butterworthBandpass, checkBand, RecursiveStaLta, SosFilter, StreamingTrigger } from './dsp/index.js';
import { triggerFeatures, type TriggerFeatures } from './features.js';

/** The chain's settings in plain units (seconds, Hz), shared by the live sensor and `replay seismic`. */
export interface ChainSettings {
  rate: number;
  bandpass: readonly [number, number];
  order: number;
  staS: number;
  ltaS: number;
  on: number;
  off: number;
  maxLengthS: number;
  classifier: SeismicClassifierConfig;
}

export interface SeismicTrigger {
  /** Sample index of the onset since the chain was (re)started. */
  onIndex: number;
  /** Last sample of the trigger (inclusive, as ObsPy). */
  offIndex: number;
  /** (off − on) / rate, as ObsPy's coincidence_trigger reports durations. */
  durationS: number;
  peakStaLta: number;
  features: TriggerFeatures;
  classification: Classification;
}

const INITIAL_BUFFER = 4096;

/**
 * Band-pass → recursive STA/LTA → trigger → features → class, all causal, fed chunk by chunk.
 * The same object serves a live digitizer and a recording, so replaying a site's recordings
 * shows exactly what the post would have reported. `reset()` re-primes it after a gap: the
 * filter and the averages restart from zero and the first LTA window is muted again (as at
 * the start of a trace), because averages spanning a gap describe no real signal.
 */
export class SeismicChain {
  private readonly filter: SosFilter;
  private readonly staLta: RecursiveStaLta;
  private readonly trigger: StreamingTrigger;
  private filtered = new Float64Array(INITIAL_BUFFER);
  private charfct = new Float64Array(INITIAL_BUFFER);
  /** Band-passed samples of the open trigger. */
  private window = new Float64Array(INITIAL_BUFFER);
  private windowLength = 0;
  private peakStaLta = 0;

  constructor(
    readonly settings: ChainSettings,
    private readonly onTrigger: (trigger: SeismicTrigger) => void,
  ) {
    const { rate, bandpass, order, staS, ltaS, on, off, maxLengthS } = settings;
    checkBand(bandpass[0], bandpass[1], rate, order);
    this.filter = new SosFilter(butterworthBandpass(bandpass[0], bandpass[1], rate, order));
    // Seconds to samples as ObsPy's Trace.trigger does: int(seconds * sampling_rate), truncating.
    this.staLta = new RecursiveStaLta(Math.max(1, Math.trunc(staS * rate)), Math.max(1, Math.trunc(ltaS * rate)));
    this.trigger = new StreamingTrigger(on, off, maxLengthS * rate);
  }

  /** Samples seen since the chain was (re)started. */
  get position(): number {
    return this.trigger.position;
  }

  push(samples: ArrayLike<number>): void {
    const n = samples.length;
    if (this.filtered.length < n) {
      this.filtered = new Float64Array(n);
      this.charfct = new Float64Array(n);
    }
    const filtered = this.filter.process(samples, this.filtered.subarray(0, n));
    const charfct = this.staLta.process(filtered, this.charfct.subarray(0, n));
    const trigger = this.trigger;
    for (let i = 0; i < n; i++) {
      const ratio = charfct[i] as number;
      const done = trigger.push(ratio);
      if (done !== undefined) this.finish(done.on, done.off);
      if (trigger.active) {
        if (trigger.onsetIndex === trigger.position - 1) {
          this.windowLength = 0;
          this.peakStaLta = 0;
        }
        this.append(filtered[i] as number);
        if (ratio > this.peakStaLta) this.peakStaLta = ratio;
      }
    }
  }

  /** The data ended: a trigger still open is reported as ObsPy would at the end of a trace. */
  flush(): void {
    const open = this.trigger.flush();
    if (open !== undefined) this.finish(open.on, open.off);
    this.restart();
  }

  /** A gap or a reset of the stream: drop the open trigger and start over. */
  reset(): void {
    this.trigger.reset();
    this.restart();
  }

  private restart(): void {
    this.filter.reset();
    this.staLta.reset();
    this.windowLength = 0;
    this.peakStaLta = 0;
  }

  private append(value: number): void {
    if (this.windowLength === this.window.length) {
      const grown = new Float64Array(this.window.length * 2);
      grown.set(this.window);
      this.window = grown;
    }
    this.window[this.windowLength++] = value;
  }

  private finish(on: number, off: number): void {
    const { rate, bandpass, on: thresholdOn, classifier } = this.settings;
    const samples = this.window.subarray(0, Math.min(this.windowLength, off - on + 1));
    const durationS = (off - on) / rate;
    const features = triggerFeatures(samples, rate, bandpass);
    const classification = classifyTrigger(features, durationS, this.peakStaLta, thresholdOn, classifier);
    this.onTrigger({ onIndex: on, offIndex: off, durationS, peakStaLta: this.peakStaLta, features, classification });
  }
}
