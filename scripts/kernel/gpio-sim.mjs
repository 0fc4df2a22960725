// Builds the gpio-sim module that Debian's kernel leaves out (CONFIG_GPIO_SIM is not set) from the
// matching linux-source, out of tree against the matching linux-headers, and caches the .ko.
// gpio-sim needs the interrupt simulator (CONFIG_IRQ_SIM), also not built in Debian's kernel, so
// kernel/irq/irq_sim.c is linked into the same module. A kernel of another architecture (arm64) gets it
// cross-compiled with Debian's cross compiler (crossCompiler below).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostArch } from './apt.mjs';

/** GNU triplets of the kernels this harness boots under emulation. */
const TRIPLETS = { amd64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };

/** The `CROSS_COMPILE` prefix for `kernel`'s architecture, or '' when it is this machine's. */
export function crossPrefix(kernel) {
  if (kernel.arch === hostArch()) return '';
  const triplet = TRIPLETS[kernel.arch];
  if (triplet === undefined) throw new Error(`no cross compiler known for ${kernel.arch} kernels (scripts/kernel/gpio-sim.mjs knows ${Object.keys(TRIPLETS).join(', ')})`);
  return `${triplet}-`;
}

/**
 * irq_sim.c calls handle_simple_irq(irq_to_desc(n)), and irq_to_desc is not exported to modules;
 * generic_handle_irq(n) is, and does the same (looks the descriptor up, runs its flow handler,
 * which irq_sim set to handle_simple_irq).
 */
const UNEXPORTED_CALL = 'handle_simple_irq(irq_to_desc(irqnum));';
const EXPORTED_CALL = 'generic_handle_irq(irqnum);';

/**
 * The compiler Debian built `kernel` with (its headers' .kernelvariables say $(CROSS_COMPILE)gcc-12, say), as the
 * command this machine runs (aarch64-linux-gnu-gcc-12 for an arm64 kernel) and the Debian package that has it.
 */
export function kernelCompiler(kernel) {
  const variables = readFileSync(join(kernel.headers, '.kernelvariables'), 'utf8');
  const gcc = /^CC = .*?(gcc-\d+)\s*$/m.exec(variables)?.[1] ?? 'gcc';
  const cross = crossPrefix(kernel);
  return { command: `${cross}${gcc}`, package: cross === '' ? gcc : `${gcc}-${cross.slice(0, -1)}` };
}

/** Returns the path of gpio-sim.ko for `kernel`, building it when the cache has none; throws with the compiler's output when the build fails. */
export function gpioSimModule(kernel, log) {
  const ko = join(kernel.dir, 'gpio-sim.ko');
  if (existsSync(ko)) return ko;
  const build = join(kernel.dir, 'gpio-sim.build');
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  // The module is named gpio-sim, so its main object cannot be gpio-sim.o as well.
  copyFileSync(join(kernel.src, 'drivers/gpio/gpio-sim.c'), join(build, 'gpio-sim-main.c'));
  copyFileSync(join(kernel.src, 'drivers/gpio/gpiolib.h'), join(build, 'gpiolib.h'));
  const irqSim = readFileSync(join(kernel.src, 'kernel/irq/irq_sim.c'), 'utf8');
  if (!irqSim.includes(UNEXPORTED_CALL)) throw new Error(`kernel/irq/irq_sim.c of ${kernel.abi} no longer calls "${UNEXPORTED_CALL}": scripts/kernel/gpio-sim.mjs needs updating for this kernel`);
  writeFileSync(join(build, 'irq_sim.c'), irqSim.replace(UNEXPORTED_CALL, EXPORTED_CALL));
  writeFileSync(join(build, 'Kbuild'), 'obj-m := gpio-sim.o\ngpio-sim-y := gpio-sim-main.o irq_sim.o\n');
  log(`building gpio-sim.ko for ${kernel.abi}`);
  // The headers' .kernelvariables name the compiler as $(CROSS_COMPILE)gcc-N.
  const cross = crossPrefix(kernel);
  const make = spawnSync('nice', ['make', '-C', kernel.headers, `M=${build}`, ...(cross === '' ? [] : [`CROSS_COMPILE=${cross}`]), 'modules'], { encoding: 'utf8' });
  if (make.status !== 0) throw new Error(`building gpio-sim.ko for ${kernel.abi} failed (make exited ${make.status}):\n${`${make.stdout}${make.stderr}`.trim().split('\n').slice(-15).join('\n')}`);
  renameSync(join(build, 'gpio-sim.ko'), ko);
  rmSync(build, { recursive: true, force: true });
  return ko;
}
