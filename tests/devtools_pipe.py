"""Headless Chromium driven over the DevTools protocol through --remote-debugging-pipe: stdlib
only, no network port. Shared by the browser tests (tests/report/browser_check.py,
tests/site/browser_check.py), which put this folder on sys.path to import it.

    browser = Browser(chromium, profile_dir)
    try:
        page = browser.new_page(width=1280)
        page.navigate("file:///tmp/x/index.html")
        title = page.evaluate("document.title")
        page.close()
    finally:
        browser.close()
"""

import base64
import json
import os
import subprocess

# The flags every browser test launches Chromium with: headless, nothing fetched behind the
# page's back (updates, sync, safe browsing lists), no first-run dialogs.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--remote-debugging-pipe",
]


class Browser:
    """Chromium with --remote-debugging-pipe: commands go in on fd 3, answers come out on fd 4,
    each a JSON message ended by a NUL byte."""

    def __init__(self, chromium, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def wire_fds():
            # Through fresh numbers first, so that neither dup2 overwrites the other's source.
            read_end, write_end = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.proc = subprocess.Popen(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            # 3 and 4 are made by wire_fds, which runs before the child closes what it does not keep.
            pass_fds=(3, 4, to_browser_r, from_browser_w), preexec_fn=wire_fds,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read_message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        message = json.loads(message)
        if message.get("method") == "Page.javascriptDialogOpening":
            # An alert() would block the page, and every later command with it: dismiss it at
            # once, without waiting for the answer. The event stays in the queue for the test.
            self._write({"id": self._new_id(), "method": "Page.handleJavaScriptDialog",
                         "params": {"accept": False}, "sessionId": message.get("sessionId")})
        return message

    def _new_id(self):
        self.next_id += 1
        return self.next_id

    def _write(self, message):
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")

    def send(self, method, params=None, session=None):
        message_id = self._new_id()
        message = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._write(message)
        while True:
            reply = self._read_message()
            if reply.get("id") == message_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, session):
        for i, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                return self.events.pop(i)
        while True:
            event = self._read_message()
            if event.get("method") == method and event.get("sessionId") == session:
                return event
            self.events.append(event)

    def take_events(self, session):
        """The events received so far for one session, removed from the queue."""
        mine = [e for e in self.events if e.get("sessionId") == session]
        self.events = [e for e in self.events if e.get("sessionId") != session]
        return mine

    def new_page(self, width=1280, height=900, mobile=False):
        return Page(self, width, height, mobile)

    def close(self):
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self.to_browser, self.from_browser):
            try:
                os.close(fd)
            except OSError:
                pass


class Page:
    """One tab, attached in flat mode, with the Network, Page, Runtime and Log domains on: what
    it asks for and what it complains about wait in browser.events until take_events()."""

    def __init__(self, browser, width, height, mobile):
        self.browser = browser
        self.target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget",
                                    {"targetId": self.target, "flatten": True})["sessionId"]
        for domain in ("Network", "Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        # A scrollbar would take its width from the page's.
        self.send("Emulation.setScrollbarsHidden", {"hidden": True})
        self.resize(width, height, mobile)

    def send(self, method, params=None):
        return self.browser.send(method, params, session=self.session)

    def resize(self, width, height=900, mobile=False):
        self.width = width
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def navigate(self, url):
        """Loads url and waits for its load event; returns Chromium's error text, if any."""
        reply = self.send("Page.navigate", {"url": url})
        if reply.get("errorText"):
            return reply["errorText"]
        self.browser.wait_for("Page.loadEventFired", self.session)
        return None

    def evaluate(self, expression):
        """The value of a JavaScript expression (JSON-serialisable), or raises on an exception."""
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": True})
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise RuntimeError(f"evaluating {expression[:60]!r}: {text}")
        return reply["result"].get("value")

    def events(self):
        return self.browser.take_events(self.session)

    def screenshot(self, max_height=6000):
        """A PNG of the whole page (up to max_height CSS pixels), as bytes."""
        metrics = self.send("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        clip = {"x": 0, "y": 0, "width": self.width,
                "height": min(max(size["height"], 1), max_height), "scale": 1}
        shot = self.send("Page.captureScreenshot",
                         {"format": "png", "captureBeyondViewport": True, "clip": clip})
        return base64.b64decode(shot["data"])

    def close(self):
        self.browser.send("Target.closeTarget", {"targetId": self.target})
        self.browser.take_events(self.session)
