"""An ONVIF camera (Profile S device and media services) for Outpost's camera tests.

Usage: onvif_camera.py CONFIG_JSON
  {"user": "admin", "password": "...", "jpeg": "/tmp/x/frame.jpg",
   "clock_offset_s": 3600,            the camera's clock runs this far ahead of the machine's
   "announce_host": "203.0.113.10",   the host it puts in every address it gives (a NAT'd camera)
   "discovery_group": "239.255.255.250" | null,
   "port": 0,                         the HTTP port (0: a free one; a given one to come back on)
   "snapshots": true,                 false: GetSnapshotUri is not supported (optional in Profile S)
   "soap_digest": false,              true: every SOAP call must also carry HTTP Digest (as some cameras ask)
   "stream_port": 554, "stream_path": "/{token}"}   what GetStreamUri gives, on the announced host
Listens on 127.0.0.1 only: HTTP on a free port, WS-Discovery on a free UDP port for unicast
probes and, when discovery_group is set, on the same port of the group, joined on loopback.
Prints "ready http=PORT udp=PORT multicast=yes|no (why)" once listening, then one line per request:
  "soap OPERATION ok" | "soap OPERATION fault REASON" | "soap OPERATION 401" | "snapshot STATUS" | "probe from ADDR"

Every SOAP call but GetSystemDateAndTime must carry a WS-Security UsernameToken whose
PasswordDigest is Base64(SHA-1(nonce + created + password)), checked here with the camera's
password; a nonce used twice or a Created more than 10 s away from the camera's clock is refused
too, as cameras do. The snapshot URL asks for HTTP Digest (MD5, qop=auth) with the same user, and so
does every SOAP call, GetSystemDateAndTime included, with soap_digest (the nonce is kept, so a
client that reuses it with nc counting up meets one 401 in all).
"""
import base64
import datetime
import hashlib
import json
import os
import socket
import struct
import sys
import threading
import time
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONFIG = json.loads(sys.argv[1])
NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "wsse": "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
    "wsu": "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd",
    "tds": "http://www.onvif.org/ver10/device/wsdl",
    "trt": "http://www.onvif.org/ver10/media/wsdl",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "d": "http://schemas.xmlsoap.org/ws/2005/04/discovery",
}
ENVELOPE = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" '
    'xmlns:tds="http://www.onvif.org/ver10/device/wsdl" xmlns:trt="http://www.onvif.org/ver10/media/wsdl" '
    'xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:ter="http://www.onvif.org/ver10/error">'
    "<SOAP-ENV:Body>{}</SOAP-ENV:Body></SOAP-ENV:Envelope>"
)
PROFILES = [("prof_main", "MainStream", "H264", 1920, 1080), ("prof_sub", "SubStream", "JPEG", 640, 360)]
seen_nonces = set()
snapshot_nonce = base64.b64encode(os.urandom(12)).decode()
lock = threading.Lock()


def log(line):
    print(line, flush=True)


def camera_now():
    return time.time() + CONFIG.get("clock_offset_s", 0)


def fault(code, subcode, reason):
    return ENVELOPE.format(
        "<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:{}</SOAP-ENV:Value>"
        "<SOAP-ENV:Subcode><SOAP-ENV:Value>{}</SOAP-ENV:Value></SOAP-ENV:Subcode></SOAP-ENV:Code>"
        '<SOAP-ENV:Reason><SOAP-ENV:Text xml:lang="en">{}</SOAP-ENV:Text></SOAP-ENV:Reason></SOAP-ENV:Fault>'.format(code, subcode, reason)
    )


def check_token(header):
    """None if the UsernameToken is right, else why not."""
    token = None if header is None else header.find("wsse:Security/wsse:UsernameToken", NS)
    if token is None:
        return "no UsernameToken"
    user = token.findtext("wsse:Username", "", NS)
    digest = token.findtext("wsse:Password", "", NS).strip()
    nonce_text = token.findtext("wsse:Nonce", "", NS).strip()
    created = token.findtext("wsu:Created", "", NS).strip()
    if user != CONFIG["user"]:
        return "unknown user"
    nonce = base64.b64decode(nonce_text)
    expected = base64.b64encode(hashlib.sha1(nonce + created.encode() + CONFIG["password"].encode()).digest()).decode()
    if digest != expected:
        return "wrong digest"
    stamp = datetime.datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp()
    if abs(stamp - camera_now()) > 10:
        return "created %+.0f s from the camera's clock" % (stamp - camera_now())
    with lock:
        if nonce_text in seen_nonces:
            return "nonce replayed"
        seen_nonces.add(nonce_text)
    return None


def digest_ok(headers, method, path):
    """Whether the request carries a right HTTP Digest (MD5, qop=auth) for this method and path."""
    fields = dict(
        (part.split("=", 1)[0].strip(), part.split("=", 1)[1].strip().strip('"'))
        for part in headers.get("Authorization", "").replace("Digest ", "", 1).split(",")
        if "=" in part
    )
    ha1 = hashlib.md5("{}:camera:{}".format(CONFIG["user"], CONFIG["password"]).encode()).hexdigest()
    ha2 = hashlib.md5("{}:{}".format(method, fields.get("uri", "")).encode()).hexdigest()
    expected = hashlib.md5("{}:{}:{}:{}:auth:{}".format(ha1, fields.get("nonce"), fields.get("nc"), fields.get("cnonce"), ha2).encode()).hexdigest()
    return fields.get("response") == expected and fields.get("uri") == path and fields.get("username") == CONFIG["user"]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def address(self, path):
        return "http://{}:{}{}".format(CONFIG.get("announce_host", "127.0.0.1"), self.server.server_port, path)

    def send(self, status, body, content_type):
        data = body if isinstance(body, bytes) else body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def challenge(self):
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Digest realm="camera", qop="auth", nonce="{}", algorithm=MD5'.format(snapshot_nonce))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        root = ET.fromstring(self.rfile.read(length))
        body = root.find("s:Body", NS)
        operation = body[0]
        name = operation.tag.split("}")[1]
        if CONFIG.get("soap_digest", False) and not digest_ok(self.headers, "POST", self.path):
            log("soap {} 401".format(name))
            self.challenge()
            return
        if name != "GetSystemDateAndTime":
            why = check_token(root.find("s:Header", NS))
            if why is not None:
                log("soap {} fault {}".format(name, why))
                self.send(400, fault("Sender", "ter:NotAuthorized", "Sender not Authorized"), "application/soap+xml; charset=utf-8")
                return
        answer = self.answer(self.path, name, operation)
        if answer is None:
            log("soap {} fault not supported".format(name))
            self.send(400, fault("Receiver", "ter:ActionNotSupported", "Optional Action Not Implemented"), "application/soap+xml; charset=utf-8")
            return
        log("soap {} ok".format(name))
        self.send(200, ENVELOPE.format(answer), "application/soap+xml; charset=utf-8")

    def answer(self, path, name, operation):
        if path == "/onvif/device_service" and name == "GetSystemDateAndTime":
            now = datetime.datetime.fromtimestamp(camera_now(), datetime.timezone.utc)
            return (
                "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType>"
                "<tt:DaylightSavings>false</tt:DaylightSavings><tt:TimeZone><tt:TZ>UTC0</tt:TZ></tt:TimeZone>"
                "<tt:UTCDateTime><tt:Time><tt:Hour>{0.hour}</tt:Hour><tt:Minute>{0.minute}</tt:Minute><tt:Second>{0.second}</tt:Second></tt:Time>"
                "<tt:Date><tt:Year>{0.year}</tt:Year><tt:Month>{0.month}</tt:Month><tt:Day>{0.day}</tt:Day></tt:Date></tt:UTCDateTime>"
                "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>".format(now)
            )
        if path == "/onvif/device_service" and name == "GetDeviceInformation":
            return (
                "<tds:GetDeviceInformationResponse><tds:Manufacturer>Outpost Test Optics</tds:Manufacturer>"
                "<tds:Model>OTO-220</tds:Model><tds:FirmwareVersion>4.2.1</tds:FirmwareVersion>"
                "<tds:SerialNumber>SN0001</tds:SerialNumber><tds:HardwareId>1.0</tds:HardwareId></tds:GetDeviceInformationResponse>"
            )
        if path == "/onvif/device_service" and name == "GetCapabilities":
            return "<tds:GetCapabilitiesResponse><tds:Capabilities><tt:Media><tt:XAddr>{}</tt:XAddr></tt:Media></tds:Capabilities></tds:GetCapabilitiesResponse>".format(self.address("/onvif/media_service"))
        if path == "/onvif/media_service" and name == "GetProfiles":
            profiles = "".join(
                '<trt:Profiles token="{}" fixed="true"><tt:Name>{}</tt:Name><tt:VideoEncoderConfiguration token="enc_{}"><tt:Name>enc</tt:Name>'
                "<tt:Encoding>{}</tt:Encoding><tt:Resolution><tt:Width>{}</tt:Width><tt:Height>{}</tt:Height></tt:Resolution>"
                "</tt:VideoEncoderConfiguration></trt:Profiles>".format(token, label, token, encoding, width, height)
                for token, label, encoding, width, height in PROFILES
            )
            return "<trt:GetProfilesResponse>{}</trt:GetProfilesResponse>".format(profiles)
        token = operation.findtext("trt:ProfileToken", "", NS)
        if token not in [profile[0] for profile in PROFILES]:
            return None
        if path == "/onvif/media_service" and name == "GetSnapshotUri" and CONFIG.get("snapshots", True):
            return "<trt:GetSnapshotUriResponse><trt:MediaUri><tt:Uri>{}</tt:Uri><tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>false</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout></trt:MediaUri></trt:GetSnapshotUriResponse>".format(self.address("/snap/{}.jpg?channel=1&amp;quality=high".format(token)))
        if path == "/onvif/media_service" and name == "GetStreamUri":
            uri = "rtsp://{}:{}{}".format(CONFIG.get("announce_host", "127.0.0.1"), CONFIG.get("stream_port", 554), CONFIG.get("stream_path", "/{token}").format(token=token))
            return "<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>{}</tt:Uri></trt:MediaUri></trt:GetStreamUriResponse>".format(uri)
        return None

    def do_GET(self):
        if not self.path.startswith("/snap/"):
            self.send(404, "not found", "text/plain")
            return
        if not digest_ok(self.headers, "GET", self.path):
            log("snapshot 401")
            self.challenge()
            return
        with open(CONFIG["jpeg"], "rb") as file:
            log("snapshot 200")
            self.send(200, file.read(), "image/jpeg")


def discovery(sock):
    while True:
        data, sender = sock.recvfrom(65536)
        try:
            root = ET.fromstring(data)
            message_id = root.findtext("s:Header/a:MessageID", "", NS)
            types = root.findtext("s:Body/d:Probe/d:Types", "", NS)
        except ET.ParseError:
            continue
        if "NetworkVideoTransmitter" not in types:
            continue
        log("probe from {}".format(sender[0]))
        match = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
            'xmlns:wsdd="http://schemas.xmlsoap.org/ws/2005/04/discovery" xmlns:dn="http://www.onvif.org/ver10/network/wsdl" xmlns:tds="http://www.onvif.org/ver10/device/wsdl">'
            "<SOAP-ENV:Header><wsa:MessageID>urn:uuid:6b1c0f5e-0000-4000-8000-{:012x}</wsa:MessageID><wsa:RelatesTo>{}</wsa:RelatesTo>"
            "<wsa:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:To>"
            "<wsa:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsa:Action></SOAP-ENV:Header>"
            "<SOAP-ENV:Body><wsdd:ProbeMatches><wsdd:ProbeMatch><wsa:EndpointReference><wsa:Address>urn:uuid:c9790c3a-701b-464d-a189-0060351c8ada</wsa:Address></wsa:EndpointReference>"
            "<wsdd:Types>dn:NetworkVideoTransmitter tds:Device</wsdd:Types>"
            "<wsdd:Scopes>onvif://www.onvif.org/Profile/Streaming onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/hardware/OTO-220 onvif://www.onvif.org/name/Gate%20camera onvif://www.onvif.org/location/north%20fence</wsdd:Scopes>"
            "<wsdd:XAddrs>http://127.0.0.1:{}/onvif/device_service</wsdd:XAddrs><wsdd:MetadataVersion>1</wsdd:MetadataVersion></wsdd:ProbeMatch></wsdd:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>"
        ).format(int(time.time() * 1000), message_id, HTTP_PORT)
        sock.sendto(match.encode(), sender)


server = ThreadingHTTPServer(("127.0.0.1", CONFIG.get("port", 0)), Handler)
HTTP_PORT = server.server_port
group = CONFIG.get("discovery_group")


def udp_socket(address, port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((address, port))
    threading.Thread(target=discovery, args=(sock,), daemon=True).start()
    return sock


# Unicast probes on 127.0.0.1; multicast ones on the group, joined on the loopback interface only.
unicast = udp_socket("127.0.0.1", 0)
UDP_PORT = unicast.getsockname()[1]
joined = "no"
if group:
    try:
        multicast = udp_socket(group, UDP_PORT)
        multicast.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, struct.pack("4s4s", socket.inet_aton(group), socket.inet_aton("127.0.0.1")))
        joined = "yes"
    except OSError as error:
        joined = "no ({})".format(error.strerror)
log("ready http={} udp={} multicast={}".format(HTTP_PORT, UDP_PORT, joined))
server.serve_forever()
