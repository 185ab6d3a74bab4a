// Live updates: a server-sent event stream (/events) whose "change" events make the
// page's live regions re-read themselves (htmx, hx-trigger="durable-change from:body").
// While live, a "durable-tick" every 3 s refreshes what sends no notice (a running run's
// log lines and progress).  The "Live" switch closes the stream and stops the ticks
// (remembered in localStorage).
(function () {
  "use strict";
  const box = document.getElementById("live-switch");
  const state = document.getElementById("live-state");
  let stream = null;
  let ticks = null;
  function show(text) { if (state) state.textContent = text; document.body.dataset.live = text; }
  function start() {
    if (stream) return;
    stream = new EventSource(document.body.dataset.events);
    stream.addEventListener("hello", function (e) {
      show(e.data === "push" ? "(pushed)" : "(polling)");
      // Subscribed now: re-read what changed between the page's rendering and this.
      htmx.trigger(document.body, "durable-change");
    });
    stream.addEventListener("change", function () { htmx.trigger(document.body, "durable-change"); });
    stream.onerror = function () { show("(reconnecting)"); };
    ticks = setInterval(function () { htmx.trigger(document.body, "durable-tick"); }, 3000);
  }
  function stop() {
    if (stream) { stream.close(); stream = null; }
    if (ticks) { clearInterval(ticks); ticks = null; }
    show("(paused)");
  }
  if (!box) return;
  box.checked = localStorage.getItem("durablesql-live") !== "off";
  box.addEventListener("change", function () {
    localStorage.setItem("durablesql-live", box.checked ? "on" : "off");
    if (box.checked) { start(); } else { stop(); }
  });
  if (box.checked) { start(); } else { stop(); }
})();
