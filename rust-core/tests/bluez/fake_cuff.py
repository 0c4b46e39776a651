#!/usr/bin/env python3
"""A fake pressure-biofeedback cuff for the end-to-end Bluetooth tests.

It registers a GATT application with the Blood Pressure Service (0x1810) and its Intermediate
Cuff Pressure characteristic (0x2A36, notify) on one adapter of a BlueZ D-Bus service (BlueZoo
in the tests), and an LE advertisement offering that service. It talks to BlueZ only over
D-Bus, with dbus-fast (MIT licence).

The test drives it over standard input, one command a line:
  frame HEX   notify this payload (hex) to subscribed centrals
  drop        go out of range: cut every link to this cuff, stop advertising, and refuse
              subscriptions until it returns (its GATT database stays, as a real cuff's does)
  return      come back in range: advertise and accept subscriptions again
  quit        unregister and exit
and it answers on standard output: `ready`, `notifying`, `stopped`, `dropped`, `returned`.
"""

import argparse
import asyncio
import sys

from dbus_fast import BusType, DBusError, Message, MessageType, Variant
from dbus_fast.aio import MessageBus
from dbus_fast.service import PropertyAccess, ServiceInterface, dbus_property, method

BLUEZ = "org.bluez"
APP_PATH = "/app/kernkracht/cuff"
SERVICE_PATH = APP_PATH + "/service0"
CHAR_PATH = SERVICE_PATH + "/char0"
ADV_PATH = "/app/kernkracht/advertisement0"


def say(line):
    print(line, flush=True)


class Characteristic(ServiceInterface):
    def __init__(self, uuid):
        super().__init__("org.bluez.GattCharacteristic1")
        self.uuid = uuid
        self.value = b""
        self.notifying = False
        self.reachable = True

    @dbus_property(access=PropertyAccess.READ)
    def UUID(self) -> "s":
        return self.uuid

    @dbus_property(access=PropertyAccess.READ)
    def Service(self) -> "o":
        return SERVICE_PATH

    @dbus_property(access=PropertyAccess.READ)
    def Flags(self) -> "as":
        return ["read", "notify"]

    @dbus_property(access=PropertyAccess.READ)
    def Value(self) -> "ay":
        return self.value

    @dbus_property(access=PropertyAccess.READ)
    def Notifying(self) -> "b":
        return self.notifying

    @method()
    def ReadValue(self, options: "a{sv}") -> "ay":
        return self.value

    @method()
    def StartNotify(self):
        if not self.reachable:
            raise DBusError("org.bluez.Error.NotConnected", "the cuff is out of range")
        self.notifying = True
        self.emit_properties_changed({"Notifying": True})
        say("notifying")

    @method()
    def StopNotify(self):
        self.notifying = False
        self.emit_properties_changed({"Notifying": False})
        say("stopped")

    @method()
    def Confirm(self):
        pass

    def go_away(self):
        self.reachable = False
        if self.notifying:
            self.notifying = False
            self.emit_properties_changed({"Notifying": False})

    def notify(self, value):
        self.value = value
        if self.notifying:
            self.emit_properties_changed({"Value": value})

    def properties(self):
        return {
            "UUID": Variant("s", self.uuid),
            "Service": Variant("o", SERVICE_PATH),
            "Flags": Variant("as", ["read", "notify"]),
            "Value": Variant("ay", self.value),
            "Notifying": Variant("b", self.notifying),
        }


class Service(ServiceInterface):
    def __init__(self, uuid):
        super().__init__("org.bluez.GattService1")
        self.uuid = uuid

    @dbus_property(access=PropertyAccess.READ)
    def UUID(self) -> "s":
        return self.uuid

    @dbus_property(access=PropertyAccess.READ)
    def Primary(self) -> "b":
        return True

    def properties(self):
        return {"UUID": Variant("s", self.uuid), "Primary": Variant("b", True)}


class Application(ServiceInterface):
    """The application's object manager: BlueZ reads the service tree from it."""

    def __init__(self, service, characteristic):
        super().__init__("org.freedesktop.DBus.ObjectManager")
        self.service = service
        self.characteristic = characteristic

    @method()
    def GetManagedObjects(self) -> "a{oa{sa{sv}}}":
        return {
            SERVICE_PATH: {"org.bluez.GattService1": self.service.properties()},
            CHAR_PATH: {"org.bluez.GattCharacteristic1": self.characteristic.properties()},
        }


class Advertisement(ServiceInterface):
    def __init__(self, service_uuid, name):
        super().__init__("org.bluez.LEAdvertisement1")
        self.service_uuid = service_uuid
        self.local_name = name  # not `name`: ServiceInterface keeps its interface name there

    @dbus_property(access=PropertyAccess.READ)
    def Type(self) -> "s":
        return "peripheral"

    @dbus_property(access=PropertyAccess.READ)
    def ServiceUUIDs(self) -> "as":
        return [self.service_uuid]

    @dbus_property(access=PropertyAccess.READ)
    def LocalName(self) -> "s":
        return self.local_name

    @dbus_property(access=PropertyAccess.READ)
    def Discoverable(self) -> "b":
        return True

    @method()
    def Release(self):
        pass


async def call(bus, path, interface, member, signature="", body=()):
    reply = await bus.call(Message(destination=BLUEZ, path=path, interface=interface,
                                   member=member, signature=signature, body=list(body)))
    if reply.message_type == MessageType.ERROR:
        raise RuntimeError(f"{member}: {reply.error_name} {reply.body}")
    return reply.body


async def register(bus, adapter):
    await call(bus, adapter, "org.bluez.GattManager1", "RegisterApplication",
               "oa{sv}", (APP_PATH, {}))
    await call(bus, adapter, "org.bluez.LEAdvertisingManager1", "RegisterAdvertisement",
               "oa{sv}", (ADV_PATH, {}))


async def unregister(bus, adapter):
    for interface, member, path in (
            ("org.bluez.LEAdvertisingManager1", "UnregisterAdvertisement", ADV_PATH),
            ("org.bluez.GattManager1", "UnregisterApplication", APP_PATH)):
        try:
            await call(bus, adapter, interface, member, "o", (path,))
        except RuntimeError:
            pass  # already gone


async def cut_links(bus, adapter):
    """Ends every connection to this cuff, as a radio link lost out of range would.

    In BlueZoo the adapters share one process, so the "air" is BlueZ's own objects: every
    other adapter's device entry for this cuff's address is disconnected.
    """
    (objects,) = await call(bus, "/", "org.freedesktop.DBus.ObjectManager", "GetManagedObjects")
    address = objects[adapter]["org.bluez.Adapter1"]["Address"].value
    for path, interfaces in objects.items():
        device = interfaces.get("org.bluez.Device1")
        if (device and not path.startswith(adapter + "/")
                and device["Address"].value == address and device["Connected"].value):
            await call(bus, path, "org.bluez.Device1", "Disconnect")


async def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--adapter", default="/org/bluez/hci1")
    parser.add_argument("--name", default="Kernkracht Cuff")
    parser.add_argument("--service", default="00001810-0000-1000-8000-00805f9b34fb")
    parser.add_argument("--characteristic", default="00002a36-0000-1000-8000-00805f9b34fb")
    args = parser.parse_args()

    bus = await MessageBus(bus_type=BusType.SYSTEM).connect()
    characteristic = Characteristic(args.characteristic)
    service = Service(args.service)
    bus.export(APP_PATH, Application(service, characteristic))
    bus.export(SERVICE_PATH, service)
    bus.export(CHAR_PATH, characteristic)
    bus.export(ADV_PATH, Advertisement(args.service, args.name))
    await register(bus, args.adapter)
    say("ready")

    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := (await reader.readline()).decode().strip():
        command, _, argument = line.partition(" ")
        if command == "frame":
            characteristic.notify(bytes.fromhex(argument))
            await asyncio.sleep(0)  # let the bus write it before the next one
        elif command == "drop":
            characteristic.go_away()
            await cut_links(bus, args.adapter)
            await call(bus, args.adapter, "org.bluez.LEAdvertisingManager1",
                       "UnregisterAdvertisement", "o", (ADV_PATH,))
            say("dropped")
        elif command == "return":
            characteristic.reachable = True
            await call(bus, args.adapter, "org.bluez.LEAdvertisingManager1",
                       "RegisterAdvertisement", "oa{sv}", (ADV_PATH, {}))
            say("returned")
        elif command == "quit":
            break
    await unregister(bus, args.adapter)
    bus.disconnect()


if __name__ == "__main__":
    asyncio.run(main())
