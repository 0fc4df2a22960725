import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEBIAN_PYTHON, startPeer, type Peer } from '../support/process.js';

const script = fileURLToPath(new URL('./peers/rtsp_server.py', import.meta.url));

/** Why the GStreamer RTSP server or ffmpeg cannot run here, or undefined. */
export function rtspPeerMissing(): string | undefined {
  if (spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status !== 0) return 'ffmpeg is not installed (apt-get install ffmpeg)';
  const check = `import gi; gi.require_version("Gst", "1.0"); gi.require_version("GstRtspServer", "1.0"); from gi.repository import Gst, GstRtspServer; Gst.init(None); assert all(Gst.ElementFactory.find(e) for e in ["videotestsrc", "jpegenc", "rtpjpegpay", "x264enc", "rtph264pay"])`;
  return spawnSync(DEBIAN_PYTHON, ['-c', check], { stdio: 'ignore' }).status === 0
    ? undefined
    : 'the GStreamer RTSP server is missing (apt-get install gir1.2-gst-rtsp-server-1.0 gstreamer1.0-rtsp gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly python3-gi)';
}

export interface RtspPeer {
  readonly peer: Peer;
  readonly port: number;
  /** rtsp://127.0.0.1:PORT/path, with no credentials. */
  url(path: string): string;
}

/** Starts peers/rtsp_server.py (every mount behind Basic auth with this user; a free port unless given); killed when the test process ends. */
export async function startRtspPeer(user: string, password: string, wantedPort = 0): Promise<RtspPeer> {
  const peer = startPeer(DEBIAN_PYTHON, ['-u', script, JSON.stringify({ user, password, port: wantedPort })]);
  const port = Number((await peer.waitForOutput(/ready rtsp=(\d+)\n/))[1]);
  return { peer, port, url: (path) => `rtsp://127.0.0.1:${port}${path}` };
}

/** The command lines of this process's ffmpeg children, as `ps` shows them to every user. */
export function ffmpegCommandLines(): string[] {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (/^Name:\s+ffmpeg$/m.test(status) && new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(status)) lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '));
    } catch {
      // The process ended while we looked.
    }
  }
  return lines;
}
