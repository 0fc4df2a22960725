import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseChallenges } from '../../../drivers/camera/challenge.js';
import { digestResponse, readDigestChallenge } from '../../../drivers/camera/digest.js';
import { imaging } from '../../sensors/camera/imaging.js';

export interface CameraSimulatorOptions {
  host: string;
  port: number;
  path: string;
  username: string;
  password: string;
}

const WIDTH = 640;
const HEIGHT = 360;
const REALM = 'demo-camera';

/**
 * The demo's IP camera: an HTTP server on loopback that asks for Digest (MD5, qop=auth) like a
 * real camera and serves a JPEG snapshot of the track, drawn with sharp: sky, ground and fence
 * posts, fresh sensor noise in every frame, and a walker on the track for a few seconds after
 * each crossing of the scene (`showWalker`), so the demo's incidents carry pictures of someone.
 */
export async function startCameraSimulator(options: CameraSimulatorOptions): Promise<{ showWalker(): void; stop(): Promise<void> }> {
  const sharp = await imaging();
  const background = await sharp(Buffer.from(sceneSvg(false))).removeAlpha().raw().toBuffer();
  const withWalker = await sharp(Buffer.from(sceneSvg(true))).removeAlpha().raw().toBuffer();
  let walkerUntil = 0;
  let nonce = randomBytes(16).toString('hex');
  const nonceBorn = { at: Date.now() };

  const frame = async (): Promise<Buffer> => {
    const base = Date.now() < walkerUntil ? withWalker : background;
    const noisy = Buffer.from(base);
    for (let index = 0; index < noisy.length; index++) noisy[index] = Math.max(0, Math.min(255, (noisy[index] as number) + Math.round((Math.random() - 0.5) * 12)));
    return sharp(noisy, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
  };

  const authorised = (request: IncomingMessage): boolean | 'stale' => {
    const header = request.headers.authorization ?? '';
    const offered = parseChallenges([header.replace(/^Digest\s+/i, 'Digest ')])[0];
    if (offered?.scheme !== 'digest') return false;
    const params = offered.params;
    const challenge = readDigestChallenge({ scheme: 'digest', params: { realm: params['realm'] ?? '', nonce: params['nonce'] ?? '', qop: 'auth', algorithm: 'MD5' } });
    if (typeof challenge === 'string' || params['username'] !== options.username || params['uri'] !== request.url) return false;
    const expected = digestResponse(challenge, { username: options.username, password: options.password, method: request.method ?? 'GET', uri: params['uri'] ?? '', nc: parseInt(params['nc'] ?? '0', 16), cnonce: params['cnonce'] ?? '' });
    if (params['response'] !== expected) return false;
    return params['nonce'] === nonce ? true : 'stale';
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' || request.url !== options.path) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>');
      return;
    }
    // A new nonce every ten minutes, as cameras do: the agent answers stale=true on its own.
    if (Date.now() - nonceBorn.at > 600_000) {
      nonce = randomBytes(16).toString('hex');
      nonceBorn.at = Date.now();
    }
    const verdict = authorised(request);
    if (verdict !== true) {
      response.writeHead(401, { 'www-authenticate': `Digest realm="${REALM}", qop="auth", algorithm=MD5, nonce="${nonce}"${verdict === 'stale' ? ', stale=true' : ''}` }).end();
      return;
    }
    frame().then(
      (jpeg) => response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': jpeg.length, server: 'outpost-demo-camera' }).end(jpeg),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    showWalker: () => (walkerUntil = Date.now() + 4000),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sceneSvg(walker: boolean): string {
  const posts = Array.from({ length: 9 }, (_, index) => `<rect x="${20 + index * 75}" y="170" width="8" height="70" fill="#4a3b2a"/>`).join('');
  const person = walker ? '<circle cx="330" cy="205" r="11" fill="#2b2b2b"/><rect x="318" y="216" width="24" height="52" rx="6" fill="#303848"/><rect x="320" y="266" width="8" height="34" fill="#222"/><rect x="332" y="266" width="8" height="34" fill="#222"/>' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fb4d8"/><stop offset="1" stop-color="#d7e3ea"/></linearGradient></defs>
<rect width="${WIDTH}" height="200" fill="url(#sky)"/><rect y="200" width="${WIDTH}" height="${HEIGHT - 200}" fill="#7d8f5a"/>
<path d="M250 ${HEIGHT} L310 200 L350 200 L420 ${HEIGHT} Z" fill="#a89a7c"/>
<rect x="0" y="196" width="${WIDTH}" height="4" fill="#5b5b5b"/>${posts}${person}
</svg>`;
}
