/**
 * Passes the text of `JSON.stringify(value, null, 2)` to `sink`, byte for byte, in pieces of about
 * `chunkSize` characters, so a report of tens of thousands of findings is written without first building
 * one string of tens of megabytes (and its copy as bytes). Large arrays are walked element by element;
 * everything else is serialised by `JSON.stringify` itself and re-indented (JSON text never holds a raw
 * newline inside a string, so indenting after each newline is exact).
 */
export function writeJsonChunks(value: unknown, sink: (chunk: string) => void, chunkSize = 1 << 16): void {
  const { write, flush } = bufferedSink(sink, chunkSize);

  // Returns false when the value serialises to nothing (undefined, a function, a symbol).
  const emit = (key: string, input: unknown, indent: string): boolean => {
    const item = withToJson(key, input);
    if (!isLarge(item, 0)) {
      const text = JSON.stringify(item, null, 2);
      if (text === undefined) return false;
      write(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
      return true;
    }
    const inner = `${indent}  `;
    if (Array.isArray(item)) {
      write('[\n');
      item.forEach((element, index) => {
        if (index > 0) write(',\n');
        write(inner);
        if (!emit(String(index), element, inner)) write('null');
      });
      write(`\n${indent}]`);
      return true;
    }
    let first = true;
    for (const name of Object.keys(item as object)) {
      const child = withToJson(name, (item as Record<string, unknown>)[name]);
      if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
      write(first ? `{\n${inner}` : `,\n${inner}`);
      first = false;
      write(`${JSON.stringify(name)}: `);
      emit(name, child, inner);
    }
    write(first ? '{}' : `\n${indent}}`);
    return true;
  };

  emit('', value, '');
  flush();
}

/** Collects text and passes it on in pieces of about `chunkSize` characters; `flush` passes the rest. */
export function bufferedSink(sink: (chunk: string) => void, chunkSize = 1 << 16): { write(text: string): void; flush(): void } {
  let buffer = '';
  return {
    write(text) {
      buffer += text;
      if (buffer.length >= chunkSize) {
        sink(buffer);
        buffer = '';
      }
    },
    flush() {
      if (buffer !== '') sink(buffer);
      buffer = '';
    },
  };
}

const LARGE_ARRAY = 256;

/** Whether a value holds, within three levels, an array long enough to be worth walking element by element. */
function isLarge(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) {
    if (value.length > LARGE_ARRAY) return true;
    return depth < 3 && value.some((element) => isLarge(element, depth + 1));
  }
  return depth < 3 && Object.values(value).some((child) => isLarge(child, depth + 1));
}

function withToJson(key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  return value;
}
