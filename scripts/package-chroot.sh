#!/usr/bin/env bash
# Makes the Debian 13 (trixie) chroot that test/package installs the .deb into, once per
# architecture: /var/cache/outpost-deb/trixie-<arch> (OUTPOST_DEB_CACHE). Tests never change it:
# each one works on an overlay of it. arm64 runs under qemu-user-static (binfmt_misc).
#   scripts/package-chroot.sh amd64|arm64
# Needs root, debootstrap, and for arm64 qemu-user-static + binfmt-support; about 5 minutes (arm64: 10).
set -euo pipefail
arch="${1:-}"
[[ "$arch" == amd64 || "$arch" == arm64 ]] || { echo "package-chroot.sh: name the architecture: amd64 or arm64" >&2; exit 2; }
cache="${OUTPOST_DEB_CACHE:-/var/cache/outpost-deb}"
target="$cache/trixie-$arch"
if [[ -x "$target/usr/bin/node" && -x "$target/usr/bin/socat" ]]; then
  echo "$target"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "package-chroot.sh: debootstrap is missing: apt-get install debootstrap${arch/amd64/}${arch/arm64/ qemu-user-static binfmt-support}" >&2; exit 1; }
# arm64 binaries run through qemu-user-static's binfmt_misc entry; a machine without systemd
# (a container, a fresh CI runner) has binfmt_misc unmounted and nothing registered: do both here.
if [[ "$arch" == arm64 && ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]]; then
  [[ -e /proc/sys/fs/binfmt_misc/register ]] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc \
    || { echo "package-chroot.sh: cannot mount binfmt_misc (needed to run arm64 binaries under qemu-user-static)" >&2; exit 1; }
  conf=/usr/lib/binfmt.d/qemu-aarch64.conf
  [[ -r "$conf" ]] || { echo "package-chroot.sh: $conf is missing: apt-get install qemu-user-static" >&2; exit 1; }
  grep -v '^#' "$conf" | head -n1 > /proc/sys/fs/binfmt_misc/register \
    || { echo "package-chroot.sh: could not register qemu-aarch64 with binfmt_misc" >&2; exit 1; }
fi
mkdir -p "$cache"
rm -rf "$target.tmp"
# nodejs (20 in trixie) and socat: what the package depends on, so the tests need no network.
debootstrap --variant=minbase --arch="$arch" --include=nodejs,socat,ca-certificates trixie "$target.tmp" http://deb.debian.org/debian >&2
chroot "$target.tmp" apt-get clean
mv "$target.tmp" "$target"
echo "$target"
