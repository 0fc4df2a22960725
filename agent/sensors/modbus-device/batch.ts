import type { outpost } from '../../../wire/index.js';
import type { RecordDraft } from '../../runtime/records.js';

interface Sample {
  unixMs: number;
  quality: outpost.v1.TimeQuality;
  values: number[];
  faulted: number[];
}

/**
 * Collects samples of a fixed channel list and turns `size` of them into one Reading record:
 * channels are named once per record, and each sample carries its offset from the record's
 * time (the newest sample's), so batching costs few bytes on a slow uplink.
 */
export class ReadingBatch {
  private samples: Sample[] = [];
  /** Made once and shared by every record: nothing downstream changes a record's channels (issue 13). */
  private readonly channels: readonly { name: string; unit: string }[];

  constructor(
    private readonly sensor: string,
    channels: readonly { name: string; unit: string }[],
    private readonly size: number,
  ) {
    this.channels = Object.freeze(channels.map((c) => Object.freeze({ name: c.name, unit: c.unit })));
  }

  get pending(): number {
    return this.samples.length;
  }

  /** Adds a sample; returns the record when the batch is full. */
  add(sample: Sample): RecordDraft | undefined {
    this.samples.push(sample);
    return this.samples.length >= this.size ? this.flush() : undefined;
  }

  /** The record of what is pending (a partial batch at stop), or undefined when empty. */
  flush(): RecordDraft | undefined {
    if (this.samples.length === 0) return undefined;
    const samples = this.samples;
    this.samples = [];
    const newest = samples[samples.length - 1] as Sample;
    return {
      timeUnixMs: newest.unixMs,
      timeQuality: newest.quality,
      reading: {
        sensor: this.sensor,
        channels: this.channels as { name: string; unit: string }[],
        samples: samples.map((s) => ({ offsetMs: s.unixMs - newest.unixMs, values: s.values, faulted: s.faulted })),
      },
    };
  }
}
