"""An SLCAN adapter for tests: python-can's slcan interface on one end of a PTY pair.

python-can's slcanBus is the *host* side of SLCAN; the agent is a host too. Frame lines look
the same in both directions (an adapter reports a received frame with the same `t...` line a
host uses to transmit one), so python-can encodes every frame the agent receives (bus.send)
and decodes every frame the agent transmits (bus.recv). What python-can lacks is the adapter's
half of the command dialogue (acking S/O/C, `z` after a transmit, `F` status, BELL on errors):
AdapterBus adds exactly that, in _read, before python-can parses a line.

Control: JSON lines on stdin; received frames as JSON lines on stdout ("rx"), "ready" first.
"""
import json
import struct
import sys
import threading

import can
from can.interfaces.slcan import slcanBus

BITRATES = {"S%d" % n for n in range(10)}


class AdapterBus(slcanBus):
    def __init__(self, channel):
        self.lock = threading.Lock()
        self.adapter_open = False
        self.bitrate = None
        self.status_flags = 0
        self.commands = []
        self.refused = set()
        self.mute = False
        super().__init__(channel, ttyBaudrate=115200, sleep_after_open=0)

    # The adapter never sends O/C itself: the host does.
    def open(self):
        pass

    def close(self):
        pass

    def _write(self, string):
        with self.lock:
            super()._write(string)

    def raw(self, data):
        with self.lock:
            self.serialPortOrig.write(data)
            self.serialPortOrig.flush()

    def reply(self, text):
        self.raw(text.encode() + b"\r")

    def bell(self):
        self.raw(b"\a")

    def _read(self, timeout):
        while True:
            line = super()._read(timeout)
            if line is None or line.endswith("\a"):
                return None if line is None else ""
            body = line[:-1]
            if body[:1] in ("t", "T", "r", "R"):
                if not self.adapter_open:
                    self.bell()
                    continue
                self.reply("Z" if body[0] in ("T", "R") else "z")
                return line
            self.command(body)
            if timeout is not None:
                return ""

    def command(self, body):
        self.commands.append(body)
        emit({"command": body})
        if self.mute:
            return
        if body in self.refused:
            self.bell()
        elif body == "C":
            self.adapter_open = False
            self.reply("")
        elif body in BITRATES or (body[:1] == "s" and len(body) == 5):
            if self.adapter_open:
                self.bell()
            else:
                self.bitrate = body
                self.reply("")
        elif body == "O":
            if self.adapter_open or self.bitrate is None:
                self.bell()
            else:
                self.adapter_open = True
                self.reply("")
        elif body == "F":
            self.reply("F%02X" % self.status_flags)
        elif body == "V":
            self.reply("V1013")
        elif body == "N":
            self.reply("NA123")
        else:
            self.bell()


out_lock = threading.Lock()


def emit(obj):
    with out_lock:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()


def message(spec, data):
    return can.Message(
        arbitration_id=spec["id"],
        is_extended_id=spec.get("ext", False),
        is_remote_frame=spec.get("rtr", False),
        dlc=spec.get("dlc", len(data)),
        data=data,
    )


def signals_payload(values):
    # Independent of the agent's bit code: Python's struct lays the bytes out.
    # Frame 0x120 (Intel): speed u16 LE scale 0.1 in bytes 0-1, temp s16 LE scale 0.5 offset -40 in 2-3.
    # Frame 0x121 (Motorola): voltage u16 BE scale 0.01 in bytes 0-1, tilt s8 scale 0.1 in byte 2.
    intel = struct.pack("<Hh", round(values["speed"] / 0.1), round((values["temp"] + 40) / 0.5)) + b"\x00" * 4
    motorola = struct.pack(">Hb", round(values["voltage"] / 0.01), round(values["tilt"] / 0.1)) + b"\x00" * 5
    return [({"id": 0x120}, intel), ({"id": 0x121}, motorola)]


def control(bus):
    for text in sys.stdin:
        text = text.strip()
        if not text:
            continue
        op = json.loads(text)
        kind = op["op"]
        if kind == "send":
            bus.send(message(op, bytes.fromhex(op.get("data", ""))))
        elif kind == "burst":
            for n in range(op["count"]):
                bus.send(message(op, struct.pack(">I", n)))
            emit({"done": "burst"})
        elif kind == "signals":
            for spec, data in signals_payload(op["values"]):
                bus.send(message(spec, data))
            emit({"done": "signals"})
        elif kind == "raw":
            bus.raw(bytes.fromhex(op["hex"]))
            emit({"done": "raw"})
        elif kind == "refuse":
            bus.refused = set(op["commands"])
            emit({"done": "refuse"})
        elif kind == "mute":
            bus.mute = op.get("mute", True)
            emit({"done": "mute"})
        elif kind == "status":
            bus.status_flags = op["flags"]
            emit({"done": "status"})
    bus.stopped = True


def main():
    bus = AdapterBus(sys.argv[1])
    bus.stopped = False
    threading.Thread(target=control, args=(bus,), daemon=True).start()
    emit({"ready": True})
    try:
        while not bus.stopped:
            msg = bus.recv(0.2)
            if msg is None:
                continue
            emit({"rx": {"id": msg.arbitration_id, "ext": msg.is_extended_id, "rtr": msg.is_remote_frame, "dlc": msg.dlc, "data": bytes(msg.data).hex()}})
    except can.CanError as error:
        emit({"gone": str(error)})
    finally:
        try:
            bus.serialPortOrig.close()
        except Exception:
            pass


if __name__ == "__main__":
    main()
