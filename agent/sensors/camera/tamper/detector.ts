import { edgeOverlap, meanDifference, type FrameFeatures } from './features.js';

export type TamperKind = 'blackout' | 'frozen' | 'defocus' | 'scene_change';

export interface TamperSettings {
  /** Mean grey level (0..255) under which a flat picture is dark. */
  darkLevel: number;
  /** Identical frames in a row that make a frozen picture. */
  frozenFrames: number;
  /** Sharpness below this share of the camera's own usual is out of focus. */
  blurRatio: number;
  /** Share of the usual edges still in place under which the view has changed. */
  sceneOverlap: number;
}

export interface TamperChange {
  kind: TamperKind;
  /** Raised (true) or cleared (false). */
  active: boolean;
  message: string;
  figures: Record<string, number>;
}

/** Frames that only teach the baselines after a start, before anything is judged. */
const LEARNING_FRAMES = 3;
/** A flat picture: grey levels spread less than this. */
const FLAT_SPREAD = 8;
/** Below this share of the usual brightness for the hour, a dark picture is a blackout. */
const DARK_SHARE = 0.35;
/** Frames that differ by less than this mean grey difference are the same picture. */
const SAME_PICTURE = 0.05;

/**
 * Tamper from the pictures themselves, judged against the camera's own baselines, with
 * hysteresis so a state does not flap:
 * - blackout: a flat, dark picture that went dark at once (dusk takes many frames) or is darker
 *   than usual for this hour of the day (the brightness baseline is kept per hour, so the
 *   night's low light is the night's normal);
 * - frozen: `frozenFrames` identical pictures in a row (a live sensor always adds noise);
 * - defocus: the variance of the Laplacian, divided by the picture's contrast so exposure does
 *   not count, under `blurRatio` of its running baseline;
 * - scene change: fewer than `sceneOverlap` of the reference's strongest edges still in place
 *   (within a pixel); the reference follows slow drift (shadows, seasons) by being replaced
 *   whenever the view clearly matches it.
 * A dark or frozen picture says nothing of focus or view, so those are not judged meanwhile,
 * and no baseline learns from a picture under suspicion.
 */
export class TamperDetector {
  private readonly active = new Map<TamperKind, string>();
  private readonly brightness = new Map<number, number>();
  private sharpnessBase: number | undefined;
  private reference: Uint8Array | undefined;
  private previous: Uint8Array | undefined;
  private same = 0;
  private seen = 0;
  private lastMean: number | undefined;

  constructor(
    private readonly settings: TamperSettings,
    private readonly hourOf: (unixMs: number) => number = (unixMs) => new Date(unixMs).getHours(),
  ) {}

  /** What is raised now, with the message of each. */
  get raised(): ReadonlyMap<TamperKind, string> {
    return this.active;
  }

  observe(frame: FrameFeatures, unixMs: number): TamperChange[] {
    const changes: TamperChange[] = [];
    this.seen += 1;
    const learning = this.seen <= LEARNING_FRAMES;
    const difference = this.previous === undefined ? Number.POSITIVE_INFINITY : meanDifference(this.previous, frame.grey);
    this.previous = frame.grey;
    this.same = difference < SAME_PICTURE ? this.same + 1 : 0;
    this.judge(changes, 'frozen', this.same >= this.settings.frozenFrames - 1, this.same === 0, () => ({ message: `picture frozen: the last ${this.same + 1} frames are identical; the camera's encoder or its snapshot cache is stuck, or the picture is replayed`, figures: { identical_frames: this.same + 1 } }));

    const hour = this.hourOf(unixMs);
    const usual = this.usualBrightness(hour);
    const flatDark = frame.mean < this.settings.darkLevel && frame.spread < FLAT_SPREAD;
    // Dark all at once (dusk takes many frames), or darker than this hour's normal (last night's).
    const sudden = this.lastMean !== undefined && frame.mean < this.lastMean * DARK_SHARE;
    const unusual = usual !== undefined && frame.mean < usual * DARK_SHARE;
    const dark = !learning && flatDark && (sudden || unusual);
    const lit = !flatDark || (this.lastMean !== undefined && frame.mean >= this.lastMean * DARK_SHARE * 1.5 && (usual === undefined || frame.mean >= usual * DARK_SHARE * 1.5));
    this.judge(changes, 'blackout', dark, lit, () => ({
      message: `picture dark: mean grey ${frame.mean.toFixed(0)} of 255, usually ${(usual ?? this.lastMean ?? 0).toFixed(0)} at this hour; the lens is covered or sprayed, or the camera's light failed`,
      figures: { mean_grey: round(frame.mean), usual_grey: round(usual ?? this.lastMean ?? 0) },
    }));
    if (this.active.has('blackout') || this.active.has('frozen')) return changes;
    this.lastMean = frame.mean;
    const previousBrightness = this.brightness.get(hour);
    this.brightness.set(hour, previousBrightness === undefined ? frame.mean : previousBrightness * 0.8 + frame.mean * 0.2);

    const base = this.sharpnessBase;
    const ratio = base === undefined || base <= 0 ? 1 : frame.sharpness / base;
    const blurred = !learning && ratio < this.settings.blurRatio;
    const focused = ratio > (this.settings.blurRatio + 1) / 2;
    this.judge(changes, 'defocus', blurred, focused, () => ({
      message: `picture out of focus: sharpness ${ratio.toFixed(2)} of this camera's usual; the lens is fogged, smeared or turned out of focus`,
      figures: { sharpness_ratio: round(ratio) },
    }));
    if (this.active.has('defocus')) return changes;
    this.sharpnessBase = base === undefined ? frame.sharpness : base * 0.9 + frame.sharpness * 0.1;

    const overlap = this.reference === undefined ? 1 : edgeOverlap(this.reference, frame.edges);
    const threshold = this.settings.sceneOverlap;
    const moved = !learning && overlap < threshold;
    const back = overlap > threshold + (1 - threshold) * 0.3;
    this.judge(changes, 'scene_change', moved, back, () => ({
      message: `view changed: ${Math.round(overlap * 100)}% of the usual edges are in place; the camera was moved or turned, or something stands in front of it`,
      figures: { edge_overlap: round(overlap) },
    }));
    if (!this.active.has('scene_change') && (this.reference === undefined || overlap > threshold + (1 - threshold) * 0.5)) this.reference = frame.edges;
    return changes;
  }

  private judge(changes: TamperChange[], kind: TamperKind, raise: boolean, clear: boolean, describe: () => { message: string; figures: Record<string, number> }): void {
    const was = this.active.has(kind);
    if (!was && raise) {
      const { message, figures } = describe();
      this.active.set(kind, message);
      changes.push({ kind, active: true, message, figures });
    } else if (was && clear) {
      this.active.delete(kind);
      changes.push({ kind, active: false, message: `${kind.replace('_', ' ')} cleared`, figures: {} });
    }
  }

  /** The brightness learnt for this hour, or for the hour before or after. */
  private usualBrightness(hour: number): number | undefined {
    for (const offset of [0, -1, 1]) {
      const value = this.brightness.get((hour + offset + 24) % 24);
      if (value !== undefined) return value;
    }
    return undefined;
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
