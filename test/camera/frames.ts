import sharp from 'sharp';
import { testPatternJpeg } from '../support/apache.js';
import { tempDir } from '../support/tmp.js';

/**
 * Camera frames for tamper tests, made with ffmpeg and sharp: a scene (ffmpeg's testsrc2) with
 * fresh sensor noise in every frame, and that scene darkened, blacked out, blurred or shifted.
 * The noise comes from a seeded generator so a failure repeats.
 */
export class FrameMaker {
  private seed = 12345;
  private base: { data: Buffer; width: number; height: number } | undefined;

  constructor(
    readonly width = 1280,
    readonly height = 720,
  ) {}

  private async scene(): Promise<{ data: Buffer; width: number; height: number }> {
    if (this.base === undefined) {
      const jpeg = testPatternJpeg(tempDir(), this.width, this.height, 'testsrc2');
      const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      this.base = { data, width: info.width, height: info.height };
    }
    return this.base;
  }

  private noise(sigma: number): number {
    // Box–Muller on a small LCG: deterministic, good enough for sensor noise.
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    const u = (this.seed + 1) / 2147483649;
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    const v = (this.seed + 1) / 2147483649;
    return sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** The scene at `gain` of its brightness plus `lift`, with noise of `sigma` grey levels. */
  async frame(options: { gain?: number; lift?: number; sigma?: number } = {}): Promise<Buffer> {
    const { data, width, height } = await this.scene();
    const gain = options.gain ?? 1;
    const lift = options.lift ?? 0;
    const sigma = options.sigma ?? 4;
    const out = Buffer.alloc(data.length);
    for (let index = 0; index < data.length; index += 3) {
      const grain = this.noise(sigma);
      for (let channel = 0; channel < 3; channel++) out[index + channel] = Math.max(0, Math.min(255, Math.round((data[index + channel] as number) * gain + lift + grain)));
    }
    return sharp(out, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
  }

  /** A covered lens: almost black, a little noise. */
  async black(): Promise<Buffer> {
    return this.frame({ gain: 0.01, lift: 2, sigma: 1 });
  }

  async blurred(sigma = 6): Promise<Buffer> {
    return sharp(await this.frame()).blur(sigma).jpeg({ quality: 85 }).toBuffer();
  }

  /** The camera turned: the view moved by `dx`, `dy` pixels (the frame keeps its size). */
  async shifted(dx: number, dy: number): Promise<Buffer> {
    const frame = await this.frame();
    return sharp(frame)
      .extract({ left: dx, top: dy, width: this.width - dx, height: this.height - dy })
      .resize({ width: this.width, height: this.height, fit: 'fill' })
      .jpeg({ quality: 85 })
      .toBuffer();
  }
}
