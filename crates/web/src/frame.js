// Runs inside frame.html. Tells the embedding page how tall the widget is, so the iframe never
// needs its own scrollbar. Heights go only to the origin named in ?parent=<origin>; without a
// valid one, nothing is sent. The message carries a number and nothing else.
function parentOrigin() {
  const named = new URL(location.href).searchParams.get("parent");
  if (!named) return null;
  try {
    const url = new URL(named);
    const secure = url.protocol === "https:" || url.hostname === "localhost" || url.hostname === "127.0.0.1";
    return secure && url.origin === named.replace(/\/$/, "") ? url.origin : null;
  } catch {
    return null;
  }
}

const target = parentOrigin();
if (target && window.parent !== window) {
  let reported = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== reported) {
      reported = height;
      window.parent.postMessage({ type: "intake:height", height }, target);
    }
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
