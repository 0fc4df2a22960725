// Boots the guest and relays its serial console: every line goes to our stdout as it arrives, and
// the markers guest-init.sh and outpost-run.sh print are picked out of the stream.
import { spawn } from 'node:child_process';

/**
 * TCG (pure emulation) unless OUTPOST_KERNEL_ACCEL=kvm: /dev/kvm may exist where nested
 * virtualisation does not work (on this machine a KVM guest hangs before its first console line).
 */
export function chooseAccel(wanted = process.env.OUTPOST_KERNEL_ACCEL) {
  return wanted === 'kvm' ? 'kvm' : 'tcg';
}

/** What differs between the guests: the emulator, its machine and the kernel's console. */
const MACHINES = {
  amd64: { qemu: 'qemu-system-x86_64', machine: (accel) => ['-machine', `q35,accel=${accel}`, '-cpu', accel === 'kvm' ? 'host' : 'max'], console: 'ttyS0' },
  // virt: the generic Arm board (PL011 serial, PCIe for virtio). Pointer authentication with QEMU's own
  // cheap algorithm instead of the architected QARMA one: the same instructions, a fraction of the emulation cost.
  arm64: { qemu: 'qemu-system-aarch64', machine: () => ['-machine', 'virt,accel=tcg', '-cpu', 'max,pauth-impdef=on'], console: 'ttyAMA0' },
};

/** The emulator binary for an architecture's guest. */
export function qemuFor(arch) {
  const machine = MACHINES[arch];
  if (machine === undefined) throw new Error(`no guest machine for ${arch}: scripts/kernel/qemu.mjs knows ${Object.keys(MACHINES).join(', ')}`);
  return machine.qemu;
}

/** `root` is the folder the guest mounts over 9p as its root: this machine's for amd64, an arm64 Debian for arm64. */
export function qemuArgs({ arch = 'amd64', vmlinuz, initramfs, accel, cpus, memoryMiB, root = '/' }) {
  const machine = MACHINES[arch];
  return [
    '-nodefaults',
    ...machine.machine(accel),
    '-smp', String(cpus),
    '-m', String(memoryMiB),
    '-display', 'none',
    '-serial', 'stdio',
    '-no-reboot',
    '-kernel', vmlinuz,
    '-initrd', initramfs,
    '-append', `console=${machine.console} quiet loglevel=1 panic=-1 mitigations=off`,
    // Read-only: the guest sees Node, node_modules, the peers and this checkout (or the arm64 root) as they are.
    '-virtfs', `local,path=${root},mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap`,
    '-device', 'virtio-rng-pci',
  ];
}

/**
 * Runs qemu until the guest powers off and resolves with what the guest reported: its exit status, its
 * last summary line, any error line from init, and its last lines. The guest is killed when `timeoutMs`
 * pass in all, or `silenceMs` without a line on its console (a hung guest says nothing; the suites in it
 * print a line per file, and their per-file timeout is shorter than the silence allowed).
 */
export function boot({ qemu, args, timeoutMs, silenceMs = timeoutMs, onLine }) {
  return new Promise((resolve, reject) => {
    const child = spawn(qemu, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const report = { exitStatus: undefined, summary: undefined, errors: [], stderr: '', timedOut: false, silentMs: undefined, qemuStatus: undefined, tail: [] };
    let heard = Date.now();
    let pending = '';
    const take = (line) => {
      const clean = line.replace(/\r$/, '').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      const exit = /^outpost-kernel-exit: (\d+)$/.exec(clean);
      if (exit) report.exitStatus = Number(exit[1]);
      const error = /^outpost-kernel-error: (.*)$/.exec(clean);
      if (error) report.errors.push(error[1]);
      if (/^\d+ passed, \d+ failed(, \d+ skipped)?$/.test(clean)) report.summary = clean;
      heard = Date.now();
      report.tail.push(clean);
      if (report.tail.length > 40) report.tail.shift();
      onLine(clean);
    };
    child.stdout.on('data', (chunk) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) take(line);
    });
    child.stderr.on('data', (chunk) => (report.stderr += chunk));
    const begun = Date.now();
    const timer = setInterval(() => {
      const quiet = Date.now() - heard;
      if (quiet < silenceMs && Date.now() - begun < timeoutMs) return;
      if (quiet >= silenceMs) report.silentMs = quiet;
      else report.timedOut = true;
      clearInterval(timer);
      child.kill('SIGKILL');
    }, 1000);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (pending !== '') take(pending);
      report.qemuStatus = code;
      resolve(report);
    });
  });
}
