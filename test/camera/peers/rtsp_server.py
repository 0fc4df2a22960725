"""A GStreamer RTSP server (gst-rtsp-server through python3-gi) for Outpost's camera tests.

Usage: rtsp_server.py CONFIG_JSON
  {"user": "viewer", "password": "...",  every mount asks for Basic auth with these, as cameras do
   "port": 0}                             0: a free one; a given one to come back on
Listens on 127.0.0.1. Mounts, each a live videotestsrc at 320x240, 10 fps:
  /mjpeg        JPEG over RTP                  /h264         H.264 (x264, a keyframe a second)
Prints "ready rtsp=PORT" once listening, then "client connected" for each RTSP client.
"""
import json
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

CONFIG = json.loads(sys.argv[1])
SOURCE = "videotestsrc is-live=true pattern=ball ! video/x-raw,format=I420,width=320,height=240,framerate=10/1"
PIPELINES = {
    "/mjpeg": "( {} ! jpegenc quality=80 ! rtpjpegpay name=pay0 pt=26 )".format(SOURCE),
    "/h264": "( {} ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=10 ! rtph264pay name=pay0 pt=96 config-interval=1 )".format(SOURCE),
}

Gst.init(None)
server = GstRtspServer.RTSPServer()
server.set_address("127.0.0.1")
server.set_service(str(CONFIG.get("port", 0)))
mounts = server.get_mount_points()
for path, launch in PIPELINES.items():
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(launch)
    factory.set_shared(True)
    permissions = GstRtspServer.RTSPPermissions()
    permissions.add_permission_for_role("viewer", "media.factory.access", True)
    permissions.add_permission_for_role("viewer", "media.factory.construct", True)
    factory.set_permissions(permissions)
    mounts.add_factory(path, factory)

auth = GstRtspServer.RTSPAuth()
token = GstRtspServer.RTSPToken()
token.set_string("media.factory.role", "viewer")
auth.add_basic(GstRtspServer.RTSPAuth.make_basic(CONFIG["user"], CONFIG["password"]), token)
server.set_auth(auth)
server.connect("client-connected", lambda *args: print("client connected", flush=True))
server.attach(None)
print("ready rtsp={}".format(server.get_bound_port()), flush=True)
GLib.MainLoop().run()
