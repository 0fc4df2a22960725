export { ModbusLine, type ModbusLineOptions, type ModbusCounters } from './line.js';
export { rtuCodec, tcpCodec, type AduCodec } from './adu.js';
export { ModbusException, type ModbusErrorCode } from './errors.js';
export { decodeRegisters, encodeRegisters, registerCount, scaleValue, type RegisterLayout, type DataType } from './decode.js';
export { planReads, splitRead, type PlannedRead, type PlannablePoint } from './plan.js';
export { exceptionName, type ModbusTable, type ReadValues } from './pdu.js';
export { crc16 } from './crc.js';
