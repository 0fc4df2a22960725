import { OutpostError } from '../../kernel/errors.js';

/**
 * Refuses an answer that is not a JPEG, with what it was instead: a login or error page (cameras
 * answer 200 with HTML when the path is wrong or the session expired), or other bytes.
 */
export function checkJpeg(body: Buffer, contentType: string | undefined, label: string): void {
  if (body.length >= 3 && body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff) return;
  const start = body.subarray(0, 256).toString('latin1').trimStart().toLowerCase();
  const declared = contentType ?? 'no content type';
  if ((contentType ?? '').toLowerCase().includes('html') || start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<?xml') || start.startsWith('<')) {
    throw new OutpostError(`${label} answered with a web page (${declared}, ${body.length} bytes), not a JPEG`, {
      code: 'camera.not_image',
      hint: "url must be the camera's snapshot address (e.g. /cgi-bin/snapshot.cgi, /ISAPI/Streaming/channels/101/picture, /snap.jpg), not its web interface",
    });
  }
  const head = body.subarray(0, 4).toString('hex') || 'nothing';
  throw new OutpostError(`${label} answered ${body.length} bytes of ${declared} that are not a JPEG (they start with ${head}, a JPEG with ffd8ff)`, {
    code: 'camera.not_image',
    hint: 'set the camera to serve JPEG snapshots at this address, or point url at its JPEG snapshot',
  });
}
