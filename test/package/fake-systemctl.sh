#!/bin/sh
# A stand-in for systemctl inside the package test chroot, where no systemd runs: it manages the
# one unit outpost-upgrade drives, outpost.service, as Type=notify does. `restart` starts
# `outpost run` with a NOTIFY_SOCKET of its own and returns 0 once READY=1 arrives, 1 if the agent
# exits first. Only what outpost-upgrade calls is here: restart, stop, is-active, show, reset-failed.
state=/run/fake-systemd
pidfile=$state/outpost.pid
mkdir -p "$state"
alive() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
stop() {
  if alive; then
    kill "$(cat "$pidfile")"
    while alive; do sleep 0.1; done
  fi
  [ -f "$state/listener.pid" ] && kill "$(cat "$state/listener.pid")" 2>/dev/null
  rm -f "$pidfile" "$state/listener.pid"
}
unit_arg() { for arg; do case "$arg" in outpost.service) return 0 ;; esac; done; echo "fake systemctl: only outpost.service: $*" >&2; exit 1; }
command="$1"
shift
case "$command" in
  restart)
    unit_arg "$@"
    stop
    rm -f "$state/notify.sock" "$state/notify.log"
    # Detached from our stdio, as a service is: the caller's pipes must not wait for the agent.
    socat -u UNIX-RECV:"$state/notify.sock" OPEN:"$state/notify.log",creat,append </dev/null >/dev/null 2>&1 &
    echo $! >"$state/listener.pid"
    while [ ! -S "$state/notify.sock" ]; do sleep 0.1; done
    NOTIFY_SOCKET="$state/notify.sock" /usr/bin/outpost run --config /etc/outpost/post.yaml </dev/null >"$state/agent.log" 2>&1 &
    echo $! >"$pidfile"
    while alive; do
      grep -q '^READY=1$' "$state/notify.log" 2>/dev/null && exit 0
      sleep 0.2
    done
    exit 1 ;;
  stop) unit_arg "$@"; stop ;;
  is-active) unit_arg "$@"; if alive; then echo active; else echo failed; exit 3; fi ;;
  show)
    unit_arg "$@"
    case "$*" in
      *MainPID*) if alive; then cat "$pidfile"; else echo 0; fi ;;
      *NRestarts*) echo 0 ;;
      *) echo "fake systemctl: show supports MainPID and NRestarts: $*" >&2; exit 1 ;;
    esac ;;
  reset-failed|daemon-reload) ;;
  *) echo "fake systemctl: $command is not faked" >&2; exit 1 ;;
esac
