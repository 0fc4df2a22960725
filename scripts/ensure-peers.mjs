#!/usr/bin/env node
// Makes sure the real peers the tests talk to are installed (DESIGN.md, "Testing: real peers").
// As root it installs what is missing with apt-get; otherwise it names exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's own python3: the pyenv or venv python3 on PATH does not see Debian's python3-* modules.
export const DEBIAN_PYTHON = '/usr/bin/python3';

const peers = [
  { what: 'socat (serial PTY pairs)', package: 'socat', present: () => commandExists('socat') },
  { what: 'strace (which syscalls the outbox makes)', package: 'strace', present: () => commandExists('strace') },
  { what: 'Mosquitto MQTT broker', package: 'mosquitto', present: () => commandExists('mosquitto') },
  { what: 'Mosquitto clients', package: 'mosquitto-clients', present: () => commandExists('mosquitto_pub') },
  { what: 'protoc (protobuf interoperability)', package: 'protobuf-compiler', present: () => commandExists('protoc') },
  // protoc reads the well-known types (google/protobuf/timestamp.proto, used by SAPIENT) from here.
  { what: 'protobuf well-known type definitions', package: 'libprotobuf-dev', present: () => existsSync('/usr/include/google/protobuf/timestamp.proto') },
  { what: 'openssl (test certificate authority)', package: 'openssl', present: () => commandExists('openssl') },
  { what: 'pymodbus (Modbus server)', package: 'python3-pymodbus', present: () => pythonHas('pymodbus') },
  { what: 'pyserial-asyncio (pymodbus servers import it)', package: 'python3-serial-asyncio', present: () => pythonHas('serial_asyncio') },
  { what: 'python-can (SLCAN peer)', package: 'python3-can', present: () => pythonHas('can') },
  { what: 'pyserial', package: 'python3-serial', present: () => pythonHas('serial') },
  { what: 'Prometheus text parser (metrics scrape test)', package: 'python3-prometheus-client', present: () => pythonHas('prometheus_client') },
  { what: 'libgpiod tools (gpioinfo, gpiomon)', package: 'gpiod', present: () => commandExists('gpioinfo') },
  { what: 'systemd-analyze (the unit: security score, verify)', package: 'systemd', present: () => commandExists('systemd-analyze') },
  { what: 'iproute2 (ip, tc: vcan, netns and shaped links in the kernel VM)', package: 'iproute2', present: () => commandExists('tc') },
  { what: 'Apache httpd (camera snapshots with Basic and Digest auth)', package: 'apache2', present: () => commandExists('/usr/sbin/apache2') },
  { what: 'htdigest and htpasswd (Apache password files)', package: 'apache2-utils', present: () => commandExists('htdigest') },
  { what: 'ffmpeg (test pictures for the cameras; RTSP frames)', package: 'ffmpeg', present: () => commandExists('ffmpeg') },
  { what: 'python3-gi (GObject bindings for the GStreamer RTSP server)', package: 'python3-gi', present: () => pythonHas('gi') },
  { what: 'GStreamer RTSP server introspection data (RTSP camera tests)', package: 'gir1.2-gst-rtsp-server-1.0', present: () => pythonRuns('import gi; gi.require_version("GstRtspServer", "1.0"); from gi.repository import GstRtspServer') },
  { what: 'GStreamer RTSP plugins', package: 'gstreamer1.0-rtsp', present: () => gstHas('rtspsrc') },
  { what: 'GStreamer good plugins (jpegenc, rtpjpegpay, rtph264pay)', package: 'gstreamer1.0-plugins-good', present: () => gstHas('rtpjpegpay') },
  { what: 'GStreamer ugly plugins (x264enc: the H.264 test stream)', package: 'gstreamer1.0-plugins-ugly', present: () => gstHas('x264enc') },
  { what: 'PostgreSQL 15 (the centre\'s shared store; tests run their own cluster)', package: 'postgresql', present: () => existsSync('/usr/lib/postgresql/15/bin/postgres') },
  { what: 'Chromium (the centre console tests, driven with playwright-core)', package: 'chromium', present: () => commandExists('chromium') },
  { what: 'libfaketime (time-sensitive suites rerun with the clock shifted)', package: 'faketime', present: () => commandExists('faketime') },
];

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function pythonHas(module) {
  return spawnSync(DEBIAN_PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

function pythonRuns(code) {
  return spawnSync(DEBIAN_PYTHON, ['-c', code], { stdio: 'ignore' }).status === 0;
}

function gstHas(element) {
  return pythonRuns(`import gi; gi.require_version("Gst", "1.0"); from gi.repository import Gst; Gst.init(None); assert Gst.ElementFactory.find("${element}")`);
}

const missing = peers.filter((peer) => !peer.present());
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.map((peer) => peer.package))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error('The tests need these Debian packages, which are missing:');
  for (const peer of missing) console.error(`  ${peer.package}: ${peer.what}`);
  console.error(`Install them with:\n  sudo apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}

console.log(`Installing test peers: ${packages.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', ...packages], { stdio: 'inherit', env });
} catch (error) {
  console.error(`apt-get failed (${error.message}); install by hand: apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}
const still = peers.filter((peer) => !peer.present());
if (still.length > 0) {
  console.error(`Still missing after apt-get: ${still.map((peer) => peer.package).join(' ')}`);
  process.exit(1);
}
