"""A pymodbus 3.0 server for Outpost's Modbus tests, over TCP or RTU on a serial port (a PTY).

Usage: modbus_server.py CONFIG_JSON
  {"mode": "tcp", "port": 0}                      TCP on 127.0.0.1 (port 0: any free port)
  {"mode": "rtu", "device": "/tmp/x/tty-b", "baud": 19200}
  "units": {"1": {"holding": [..], "input": [..], "coil": [0, 1], "discrete": [..]}}
      each table is a list of values from address 0; reading past its end is an
      illegal data address exception. Units not listed never answer.
  "delay_ms": 20                                  time the device takes to answer
Prints "ready tcp PORT" or "ready rtu DEVICE" once listening, and one line per request served:
  "request unit=U table=T address=A count=C"
"""
import asyncio
import json
import sys
import time

from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext
from pymodbus.framer.rtu_framer import ModbusRtuFramer
from pymodbus.server.async_io import ModbusSerialServer, ModbusTcpServer

TABLES = {1: "coil", 2: "discrete", 3: "holding", 4: "input"}


class LoggingUnit(ModbusSlaveContext):
    def __init__(self, unit, delay_s, **blocks):
        super().__init__(zero_mode=True, **blocks)
        self.unit = unit
        self.delay_s = delay_s

    def getValues(self, fc_as_hex, address, count=1):
        # A blocking sleep: a real slave is busy while it prepares the answer.
        if self.delay_s:
            time.sleep(self.delay_s)
        print(f"request unit={self.unit} table={TABLES.get(fc_as_hex, fc_as_hex)} address={address} count={count}", flush=True)
        return super().getValues(fc_as_hex, address, count)


def block(values):
    # An empty block would accept nothing; a block must exist for every table.
    return ModbusSequentialDataBlock(0, list(values) if values else [0])


def build_context(config):
    delay_s = config.get("delay_ms", 0) / 1000.0
    units = {}
    for unit, tables in config.get("units", {}).items():
        units[int(unit)] = LoggingUnit(
            int(unit),
            delay_s,
            co=block(tables.get("coil", [])),
            di=block(tables.get("discrete", [])),
            hr=block(tables.get("holding", [])),
            ir=block(tables.get("input", [])),
        )
    return ModbusServerContext(slaves=units, single=False)


async def main():
    config = json.loads(sys.argv[1])
    context = build_context(config)
    if config["mode"] == "tcp":
        server = ModbusTcpServer(context, address=("127.0.0.1", config.get("port", 0)), ignore_missing_slaves=True, allow_reuse_address=True)
        serving = asyncio.create_task(server.serve_forever())
        while server.server is None:
            await asyncio.sleep(0.01)
        port = server.server.sockets[0].getsockname()[1]
        print(f"ready tcp {port}", flush=True)
        await serving
    else:
        server = ModbusSerialServer(
            context,
            ModbusRtuFramer,
            port=config["device"],
            baudrate=config.get("baud", 19200),
            ignore_missing_slaves=True,
        )
        await server.start()
        print(f"ready rtu {config['device']}", flush=True)
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
