// The demo's iframe src names two origins that are only known when the demo is served; fill
// them in from the query string (?widget=<origin>). frame-host.js is the sizing snippet a clinic
// copies to its own site.
import "../widget/frame-host.js";

const frame = document.getElementById("intake-frame");
const widgetOrigin = new URL(location.href).searchParams.get("widget") ?? location.origin;
frame.src = frame
  .getAttribute("data-src-template")
  .replace("WIDGET_ORIGIN", widgetOrigin)
  .replace("HOST_ORIGIN", encodeURIComponent(location.origin));
