// Live updates: a server-sent event stream (/events) whose "change" events make the
// page's live regions re-read themselves (htmx, hx-trigger="durable-change from:body").
// The "Live" switch closes the stream (remembered in localStorage).
(function () {
  "use strict";
  const box = document.getElementById("live-switch");
  const state = document.getElementById("live-state");
  let stream = null;
  function show(text) { if (state) state.textContent = text; document.body.dataset.live = text; }
  function start() {
    if (stream) return;
    stream = new EventSource("/events");
    stream.addEventListener("hello", function (e) { show(e.data === "push" ? "(pushed)" : "(polling)"); });
    stream.addEventListener("change", function () { htmx.trigger(document.body, "durable-change"); });
    stream.onerror = function () { show("(reconnecting)"); };
  }
  function stop() { if (stream) { stream.close(); stream = null; } show("(paused)"); }
  if (!box) return;
  box.checked = localStorage.getItem("durablesql-live") !== "off";
  box.addEventListener("change", function () {
    localStorage.setItem("durablesql-live", box.checked ? "on" : "off");
    if (box.checked) { start(); } else { stop(); }
  });
  if (box.checked) { start(); } else { stop(); }
})();
