// For pages that embed the widget as an iframe (see README): sizes every
// <iframe data-intake-frame> to its content. A height is accepted only from the frame's own
// window and the origin its src points at, and only as a plain number within sane bounds.
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 20000;

window.addEventListener("message", (event) => {
  for (const frame of document.querySelectorAll("iframe[data-intake-frame]")) {
    if (event.source !== frame.contentWindow) continue;
    if (event.origin !== new URL(frame.src, location.href).origin) return;
    const { type, height } = event.data ?? {};
    if (type !== "intake:height" || !Number.isFinite(height)) return;
    frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)))}px`;
    return;
  }
});
