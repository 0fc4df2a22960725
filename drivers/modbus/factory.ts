import type { BusFactory } from '../../kernel/bus.js';
import { SerialLink } from '../serial/link.js';
import { rtuCodec, tcpCodec } from './adu.js';
import type { ModbusRtuBusConfig, ModbusTcpBusConfig } from './config.js';
import { ModbusLine } from './line.js';

export const createModbusRtuBus: BusFactory<ModbusRtuBusConfig> = (config, context) =>
  new ModbusLine({
    name: `bus:${context.name}`,
    link: new SerialLink({ path: config.port, baud: config.baud, data_bits: config.data_bits, parity: config.parity, stop_bits: config.stop_bits, reconnect: config.reconnect, name: `bus:${context.name}`, log: context.log }),
    codec: rtuCodec,
    timeoutMs: config.timeout,
    retries: config.retries,
    turnaroundMs: config.turnaround,
    log: context.log,
  });

export const createModbusTcpBus: BusFactory<ModbusTcpBusConfig> = (config, context) =>
  new ModbusLine({
    name: `bus:${context.name}`,
    link: new SerialLink({ path: `tcp://${config.host}`, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: config.reconnect, name: `bus:${context.name}`, log: context.log }),
    codec: tcpCodec(),
    timeoutMs: config.timeout,
    retries: config.retries,
    log: context.log,
  });
