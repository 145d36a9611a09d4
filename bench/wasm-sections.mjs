// Reads a WebAssembly binary's layout: the size of each section, each function body's size with
// its name (from the `name` custom section, when the binary keeps one), and the data segments.
// Only what the size profile (bench/size-profile.mjs) needs; no validation beyond the header.

const SECTION_NAMES = [
  "custom", "type", "import", "function", "table", "memory", "global",
  "export", "start", "element", "code", "data", "data count", "tag",
];

class Reader {
  constructor(bytes, offset = 0, end = bytes.length) {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
  }
  byte() {
    if (this.offset >= this.end) throw new Error("wasm: unexpected end of section");
    return this.bytes[this.offset++];
  }
  u32() {
    // Unsigned LEB128.
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.byte();
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  }
  name() {
    const length = this.u32();
    const text = new TextDecoder().decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return text;
  }
  skip(length) {
    this.offset += length;
  }
  s32() {
    // Signed LEB128 (an i32.const immediate).
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = this.byte();
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return shift < 32 && byte & 0x40 ? result | (-1 << shift) : result;
  }
  /** Reads a data segment's offset expression: its address when it is a plain i32.const. */
  offsetExpr() {
    let address = null;
    for (;;) {
      const op = this.byte();
      if (op === 0x0b) return address;
      if (op === 0x41) address = this.s32() >>> 0;
      else if (op === 0x42 || op === 0x23) this.u32(); // i64.const, global.get
      else if (op === 0x44) this.skip(8);
      else if (op === 0x43) this.skip(4);
      // Other opcodes in constant expressions carry no immediates this reader must follow.
    }
  }
}

/**
 * Parses `bytes` (a Uint8Array) into { sections, functions, segments, hasNames }: functions are
 * { index, name, bytes, body } in the code section's order (`body` their code, a view into
 * `bytes`); segments { address, bytes }.
 */
export function readWasm(bytes) {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error("wasm: not a WebAssembly binary");
  }
  const reader = new Reader(bytes, 8);
  const sections = [];
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  const segments = [];
  while (reader.offset < bytes.length) {
    const id = reader.byte();
    const size = reader.u32();
    const start = reader.offset;
    const body = new Reader(bytes, start, start + size);
    let name = SECTION_NAMES[id] ?? `unknown ${id}`;
    if (id === 0) name = `custom "${body.name()}"`;
    // The whole section on disk, its id and size prefix included.
    sections.push({ id, name, bytes: 1 + lebLength(size) + size });
    if (id === 2) importedFunctions = countImportedFunctions(body);
    if (id === 10) readBodies(body, bodies);
    if (id === 11) readSegments(body, segments);
    if (name === 'custom "name"') readFunctionNames(body, names);
    reader.offset = start + size;
  }
  const functions = bodies.map((body, index) => {
    const wasmIndex = importedFunctions + index;
    return { index: wasmIndex, name: names.get(wasmIndex) ?? null, bytes: body.bytes, body: bytes.subarray(body.start, body.end) };
  });
  return { sections, functions, segments, hasNames: names.size > 0 };
}

function lebLength(value) {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    length += 1;
  }
  return length;
}

function countImportedFunctions(reader) {
  let functions = 0;
  for (let count = reader.u32(); count > 0; count -= 1) {
    reader.name();
    reader.name();
    const kind = reader.byte();
    if (kind === 0) {
      functions += 1;
      reader.u32();
    } else if (kind === 1) {
      reader.byte();
      limits(reader);
    } else if (kind === 2) {
      limits(reader);
    } else if (kind === 3) {
      reader.byte();
      reader.byte();
    } else if (kind === 4) {
      reader.byte();
      reader.u32();
    }
  }
  return functions;
}

function limits(reader) {
  const flags = reader.byte();
  reader.u32();
  if (flags & 1) reader.u32();
}

function readBodies(reader, bodies) {
  for (let count = reader.u32(); count > 0; count -= 1) {
    const size = reader.u32();
    // A body's cost on disk includes its own size prefix.
    bodies.push({ bytes: size + lebLength(size), start: reader.offset, end: reader.offset + size });
    reader.skip(size);
  }
}

function readSegments(reader, segments) {
  for (let count = reader.u32(); count > 0; count -= 1) {
    const flags = reader.u32();
    if (flags === 2) reader.u32(); // explicit memory index
    const address = flags === 1 ? null : reader.offsetExpr(); // passive segments have none
    const length = reader.u32();
    segments.push({ address, bytes: reader.bytes.subarray(reader.offset, reader.offset + length) });
    reader.skip(length);
  }
}

function readFunctionNames(reader, names) {
  while (reader.offset < reader.end) {
    const kind = reader.byte();
    const size = reader.u32();
    const end = reader.offset + size;
    if (kind === 1) {
      for (let count = reader.u32(); count > 0; count -= 1) {
        const index = reader.u32();
        names.set(index, reader.name());
      }
    }
    reader.offset = end;
  }
}

/**
 * The initial memory the active data segments write, as one array from the lowest address: a
 * file compiled in can be found here even where wasm-opt split its segment at runs of zeros.
 */
export function memoryImage(segments) {
  const placed = segments.filter((segment) => segment.address !== null);
  if (placed.length === 0) return new Uint8Array(0);
  const low = Math.min(...placed.map((segment) => segment.address));
  const high = Math.max(...placed.map((segment) => segment.address + segment.bytes.length));
  const image = new Uint8Array(high - low);
  for (const segment of placed) image.set(segment.bytes, segment.address - low);
  return image;
}
