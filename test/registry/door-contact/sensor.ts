import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import type { GpioChip, InputLine } from '../../../drivers/gpio/types.js';
import type { DoorContactConfig } from './config.js';

/** Counts door openings (rising edges of the contact line). */
export class DoorContactSensor implements Component {
  private readonly state = new HealthState();
  private readonly line: InputLine;
  private openings = 0;
  private off: (() => void) | undefined;

  constructor(
    readonly name: string,
    config: DoorContactConfig,
    chip: GpioChip,
  ) {
    this.line = chip.input({ line: config.line, edges: 'rising' });
  }

  async start(): Promise<void> {
    this.off = this.line.onEdge((edge) => {
      if (edge.level === 1) this.openings += 1;
    });
    await this.line.start();
    this.state.set('ok');
  }

  async stop(): Promise<void> {
    this.off?.();
    await this.line.stop();
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    return this.state.snapshot({ openings: this.openings });
  }
}
