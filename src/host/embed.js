// Loads the widget. Everything is resolved against this file's own URL, so it works from any
// path or host: <script type="module" src="https://clinic.example/widget/embed.js"></script>.
// The wasm module mounts a widget into every element with a data-intake-widget attribute.
import init from "./intake-widget.js";

await init();
