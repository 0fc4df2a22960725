import ModbusRTU from 'modbus-serial';

/**
 * A solar charge controller as the demo's Modbus TCP server: input registers 0..3 hold PV
 * voltage (0.01 V), battery voltage (0.01 V), charge current (0.01 A, signed) and temperature
 * (0.1 °C, signed); coil 0 is the load output. The values follow a compressed day (one
 * simulated day per `dayMs`) so that the readings move while one watches.
 */
export class PowerControllerSim {
  private server: InstanceType<typeof ModbusRTU.ServerTCP> | undefined;
  private loadOn = true;
  private readonly startedMs = Date.now();

  constructor(
    private readonly address: { host: string; port: number },
    private readonly dayMs = 10 * 60_000,
  ) {}

  /** Register values right now, as the device would hold them. */
  inputRegisters(): number[] {
    const phase = ((Date.now() - this.startedMs) % this.dayMs) / this.dayMs;
    const sun = Math.max(0, Math.sin(phase * 2 * Math.PI));
    const pvVolts = sun * 38 + jitter(0.2);
    const chargeAmps = sun * 9.5 - (this.loadOn ? 1.2 : 0.1) + jitter(0.05);
    const batteryVolts = 12.6 + sun * 1.2 + jitter(0.02);
    const temperature = 8 + sun * 22 + jitter(0.3);
    return [toUint16(pvVolts * 100), toUint16(batteryVolts * 100), toUint16(chargeAmps * 100), toUint16(temperature * 10)];
  }

  async start(): Promise<void> {
    const server = new ModbusRTU.ServerTCP(
      {
        getInputRegister: (address: number) => this.inputRegisters()[address] ?? 0,
        getHoldingRegister: () => 0,
        getCoil: (address: number) => address === 0 && this.loadOn,
        getDiscreteInput: () => false,
        setCoil: (address: number, value: boolean) => {
          if (address === 0) this.loadOn = value;
        },
      },
      { host: this.address.host, port: this.address.port, unitID: 1 },
    );
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('initialized', () => resolve());
      server.once('serverError', (error: Error | null) => reject(error ?? new Error('Modbus server failed')));
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    for (const socket of server.socks.keys()) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function jitter(amplitude: number): number {
  return (Math.random() * 2 - 1) * amplitude;
}

/** A signed or unsigned value as the 16-bit word a register holds. */
function toUint16(value: number): number {
  return Math.round(value) & 0xffff;
}
