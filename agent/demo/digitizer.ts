/**
 * A seismic digitizer's ASCII output (one integer count per line) for a geophone beside a
 * track: background noise, and now and then a walker (impulsive footsteps at a walking cadence)
 * or a vehicle (sustained harmonic rumble), so that the demo's detection chain has something
 * real to trigger on. Samples follow the wall clock, so the stream keeps its rate however the
 * timer jitters.
 */
export class DigitizerSignal {
  private sampleIndex = 0;
  private readonly startedMs: number;
  private passage: Passage | undefined;
  private nextPassageAt: number;

  constructor(
    private readonly sampleRate: number,
    private readonly random: () => number = Math.random,
    now: number = Date.now(),
  ) {
    this.startedMs = now;
    this.nextPassageAt = 20 * sampleRate;
  }

  /** Lines for every sample due up to `now`. */
  linesUntil(now: number = Date.now()): string {
    const due = Math.floor(((now - this.startedMs) / 1000) * this.sampleRate);
    const lines: string[] = [];
    for (; this.sampleIndex < due; this.sampleIndex += 1) lines.push(String(Math.round(this.sample(this.sampleIndex))));
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  }

  private sample(index: number): number {
    if (this.passage === undefined && index >= this.nextPassageAt) this.passage = this.startPassage(index);
    let value = gaussian(this.random) * 12;
    const passage = this.passage;
    if (passage !== undefined) {
      value += passage.amplitudeAt(index);
      if (index >= passage.endIndex) {
        this.passage = undefined;
        // The next passer-by comes 30 to 90 s later.
        this.nextPassageAt = index + Math.round((30 + this.random() * 60) * this.sampleRate);
      }
    }
    return value;
  }

  private startPassage(index: number): Passage {
    return this.random() < 0.75 ? walker(index, this.sampleRate, this.random) : vehicle(index, this.sampleRate, this.random);
  }
}

interface Passage {
  endIndex: number;
  amplitudeAt(index: number): number;
}

/** 10 to 16 steps at 1.6 to 2.2 steps/s; each a decaying 25 Hz ring, loudest at the closest point. */
function walker(startIndex: number, rate: number, random: () => number): Passage {
  const cadence = 1.6 + random() * 0.6;
  const steps = 10 + Math.floor(random() * 7);
  const stepSamples = Math.round(rate / cadence);
  const peak = 500 + random() * 900;
  return {
    endIndex: startIndex + steps * stepSamples,
    amplitudeAt(index) {
      const offset = index - startIndex;
      const step = Math.floor(offset / stepSamples);
      const sinceStep = (offset % stepSamples) / rate;
      const closeness = Math.sin((Math.PI * (step + 0.5)) / steps);
      return peak * closeness * Math.exp(-sinceStep / 0.03) * Math.sin(2 * Math.PI * 25 * sinceStep);
    },
  };
}

/** 12 to 20 s of engine and tyre rumble: 18 Hz with its harmonic, swelling and fading. */
function vehicle(startIndex: number, rate: number, random: () => number): Passage {
  const seconds = 12 + random() * 8;
  const peak = 250 + random() * 300;
  const total = Math.round(seconds * rate);
  return {
    endIndex: startIndex + total,
    amplitudeAt(index) {
      const t = (index - startIndex) / rate;
      const envelope = Math.sin((Math.PI * (index - startIndex)) / total) ** 2;
      return peak * envelope * (Math.sin(2 * Math.PI * 18 * t) + 0.5 * Math.sin(2 * Math.PI * 36 * t + 0.7));
    },
  };
}

/** Box-Muller: the digitizer's noise floor is Gaussian enough for a demo. */
function gaussian(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
