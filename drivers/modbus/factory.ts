import type { BusFactory } from '../../kernel/bus.js';
import { openSerialLink } from '../serial/factory.js';
import { rtuCodec, tcpCodec } from './adu.js';
import type { ModbusRtuBusConfig, ModbusTcpBusConfig } from './config.js';
import { ModbusLine, type ModbusLineOptions } from './line.js';

export const createModbusRtuBus: BusFactory<ModbusRtuBusConfig, ModbusLine> = (config, context) =>
  openModbusLine({
    name: `bus:${context.name}`,
    link: openSerialLink({ path: config.port, baud: config.baud, data_bits: config.data_bits, parity: config.parity, stop_bits: config.stop_bits, reconnect: config.reconnect, name: `bus:${context.name}`, log: context.log }),
    codec: rtuCodec,
    timeoutMs: config.timeout,
    retries: config.retries,
    turnaroundMs: config.turnaround,
    log: context.log,
  });

export const createModbusTcpBus: BusFactory<ModbusTcpBusConfig, ModbusLine> = (config, context) =>
  openModbusLine({
    name: `bus:${context.name}`,
    link: openSerialLink({ path: `tcp://${config.host}`, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: config.reconnect, name: `bus:${context.name}`, log: context.log }),
    codec: tcpCodec(),
    timeoutMs: config.timeout,
    retries: config.retries,
    log: context.log,
  });

/** A ModbusLine over a byte link: how commands get one without the concrete class. */
export function openModbusLine(options: ModbusLineOptions): ModbusLine {
  return new ModbusLine(options);
}
