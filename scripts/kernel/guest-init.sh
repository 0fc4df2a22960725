#!/bin/busybox sh
# /init of the guest's initramfs (scripts/kernel/initramfs.mjs packs it with busybox and the modules).
# Loads the modules, mounts the HOST's root read-only over virtio 9p under a tmpfs overlay (so Node,
# node_modules, Mosquitto, libgpiod tools and the project are all there, and anything a test writes
# stays in guest memory), then runs /outpost-run.sh inside it. The arm64 guest gets an arm64 Debian
# folder (test:package's chroot) over 9p instead of the host's root. Its exit status goes out on the serial
# console as "outpost-kernel-exit: N", and the guest powers off. This shell stays PID 1 (chroot, not
# switch_root) so that the power-off runs from the initramfs, after the suites, not over 9p.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
dmesg -n 1

fail() {
  echo "outpost-kernel-error: $*"
  poweroff -f
}

while read -r module; do
  insmod "/modules/$module" || fail "insmod $module failed"
done < /modules/order

mkdir -p /host /mem /newroot
mount -t 9p -o trans=virtio,version=9p2000.L,ro,cache=loose,msize=512000 hostroot /host || fail "mounting the host root over 9p failed"
mount -t tmpfs -o mode=0755 tmpfs /mem
mkdir -p /mem/upper /mem/work
if ! mount -t overlay -o lowerdir=/host,upperdir=/mem/upper,workdir=/mem/work overlay /newroot 2>/dev/null; then
  # Without an overlay the host root stays read-only; the places tests write to get their own tmpfs.
  mount --bind /host /newroot
  for dir in tmp run var/tmp root; do mount -t tmpfs tmpfs "/newroot/$dir"; done
fi
mount --move /proc /newroot/proc
mount --move /sys /newroot/sys
mount --move /dev /newroot/dev
mount -t tmpfs -o mode=1777 tmpfs /newroot/tmp
mount -t tmpfs -o mode=0755 tmpfs /newroot/run
mkdir -p /newroot/dev/pts /newroot/dev/shm
mount -t devpts devpts /newroot/dev/pts
mount -t tmpfs tmpfs /newroot/dev/shm
mount -t configfs configfs /newroot/sys/kernel/config
cp /outpost-run.sh /newroot/run/outpost-run.sh
# What the arm64 guest installs and runs (initramfs.mjs): the .deb, its checks, a busybox for ip.
[ -d /payload ] && cp -r /payload /newroot/run/payload
chroot /newroot /bin/sh /run/outpost-run.sh
echo "outpost-kernel-exit: $?"
sync
poweroff -f
