import { crc16 } from './crc.js';
import { responsePduLength } from './pdu.js';

/** What the receive buffer holds so far for the request in flight. */
export type ScanResult = { status: 'incomplete'; crcErrors: number } | { status: 'frame'; pdu: Buffer; crcErrors: number };

/** Finds the response to one request among the bytes received since it was sent. */
export interface ResponseMatcher {
  scan(received: Buffer): ScanResult;
}

/** How requests are wrapped for the wire: RTU (address + CRC) or TCP (MBAP header). */
export interface AduCodec {
  encode(unit: number, pdu: Buffer): { frame: Buffer; matcher: ResponseMatcher };
}

/**
 * RTU: the response is found by content, not by timing: the unit id and function of the
 * request at any offset, a length from the PDU, and a good CRC. Noise, a late answer from a
 * unit that timed out, or an echo on a 2-wire adapter ahead of it is skipped; a candidate with a
 * bad CRC is counted.
 */
export const rtuCodec: AduCodec = {
  encode(unit, pdu) {
    // Every byte is written below (unit, PDU, CRC): a slice of Node's pool.
    const frame = Buffer.allocUnsafe(pdu.length + 3);
    frame[0] = unit;
    pdu.copy(frame, 1);
    frame.writeUInt16LE(crc16(frame, 0, pdu.length + 1), pdu.length + 1);
    const fn = pdu[0] as number;
    const echo = Buffer.from(frame);
    return {
      frame,
      matcher: {
        scan(received) {
          let crcErrors = 0;
          for (let at = 0; at + 1 < received.length; at++) {
            if (received[at] !== unit) continue;
            const head = received[at + 1] as number;
            if (head !== fn && head !== (fn | 0x80)) continue;
            // Our own request echoed back by a half-duplex adapter is not the answer.
            if (received.subarray(at, at + echo.length).equals(echo)) {
              at += echo.length - 1;
              continue;
            }
            const pduLength = responsePduLength(received.subarray(at + 1), fn);
            if (pduLength === undefined) return { status: 'incomplete', crcErrors };
            const end = at + 1 + pduLength + 2;
            if (end > received.length) return { status: 'incomplete', crcErrors };
            if (crc16(received, at, end - 2) === received.readUInt16LE(end - 2)) {
              return { status: 'frame', pdu: Buffer.from(received.subarray(at + 1, end - 2)), crcErrors };
            }
            crcErrors += 1;
          }
          return { status: 'incomplete', crcErrors };
        },
      },
    };
  },
};

/**
 * TCP: each request gets a transaction id; frames with another id (answers to requests that
 * already timed out) are skipped, so a late answer is never taken for the current one.
 */
export function tcpCodec(): AduCodec {
  let transaction = 0;
  return {
    encode(unit, pdu) {
      transaction = (transaction + 1) & 0xffff;
      const id = transaction;
      // Every byte is written below (MBAP header, PDU): a slice of Node's pool.
      const frame = Buffer.allocUnsafe(7 + pdu.length);
      frame.writeUInt16BE(id, 0);
      frame.writeUInt16BE(0, 2);
      frame.writeUInt16BE(pdu.length + 1, 4);
      frame[6] = unit;
      pdu.copy(frame, 7);
      return {
        frame,
        matcher: {
          scan(received) {
            let at = 0;
            while (received.length - at >= 7) {
              const length = received.readUInt16BE(at + 4);
              if (received.readUInt16BE(at + 2) !== 0 || length < 2 || length > 254) return { status: 'incomplete', crcErrors: 1 };
              const end = at + 6 + length;
              if (end > received.length) break;
              if (received.readUInt16BE(at) === id) return { status: 'frame', pdu: received.subarray(at + 7, end), crcErrors: 0 };
              at = end;
            }
            return { status: 'incomplete', crcErrors: 0 };
          },
        },
      };
    },
  };
}
