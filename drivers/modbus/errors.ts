import { OutpostError } from '../../kernel/errors.js';
import { exceptionName } from './pdu.js';

/**
 * Codes of failed requests (branch on these, not on text):
 * `modbus.timeout` (no answer), `modbus.crc` (only garbled answers), `modbus.exception`
 * (the device refused; see `ModbusException.exception`), `modbus.disconnected` (the line is not
 * open), `modbus.stopped` (the line was stopped with the request queued), `modbus.bad_response`.
 */
export type ModbusErrorCode = 'modbus.timeout' | 'modbus.crc' | 'modbus.exception' | 'modbus.disconnected' | 'modbus.stopped' | 'modbus.bad_response';

/** An exception response: the device answered and refused the request. */
export class ModbusException extends OutpostError {
  constructor(
    readonly exception: number,
    subject: string,
    what: string,
  ) {
    super(`${exceptionName(exception)} at ${what}`, {
      code: 'modbus.exception',
      subject,
      hint: exception === 2 ? 'the device has no such register: check the address (zero-based on the wire) and the table in its manual' : exception === 1 ? 'the device does not support this table or function' : undefined,
      retryable: exception === 5 || exception === 6,
    });
    this.name = 'ModbusException';
  }
}

export const silentHint = 'check the unit id, baud rate and parity, the A/B wiring (swap them if unsure) and 120 ohm termination at both ends; `outpost scan modbus` finds units that answer';
