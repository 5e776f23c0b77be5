#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);
import {
  ApiError,
  ConfigError,
  DEFAULT_BASELINE,
  DEFAULT_MAX_FILE_SIZE,
  GitHubClient,
  IGNORE_FILES,
  INVENTORY_LOCATIONS,
  PRUNED_DIRS,
  SUMMARY_MAX_BYTES,
  assembleReport,
  baselineJson,
  decodeText,
  detectOutcome,
  extendCatalog,
  fileKind,
  findInventory,
  loadCatalog,
  loadInventory,
  minimatch,
  moduleContext,
  packageVersion,
  parseBaseline,
  parseInventory,
  require_dist,
  require_ignore,
  scan,
  toJson,
  toMarkdown,
  toSarif,
  toText,
  truncate
} from "./chunks/chunk-5WEYTHE2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-EUDNGKAI.js";

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable3 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve4, reject) {
              promiseResolve = resolve4;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve4, reject) => {
            if (stream._duplexState & DESTROYED) return resolve4({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve4({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve4) => {
          state.drains.push({ writes, resolve: resolve4 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable3 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform2 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve4, reject) => {
        return pipeline(...streams, (err) => {
          if (err) return reject(err);
          resolve4();
        });
      });
    }
    function pipeline(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable3,
      Duplex,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable3, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this._buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable3 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore2 = this._buffer.shiftFirst(this._missing);
            if (ignore2 !== null) this._missing -= ignore2.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract2 = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve4, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve4({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve4;
          promiseReject = reject;
          consumeCallback(null);
          if (extract2._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract2.destroy(err);
          consumeCallback(err);
          return new Promise((resolve4, reject) => {
            if (extract2.destroyed) return resolve4({ value: void 0, done: true });
            extract2.once("close", function() {
              if (err) reject(err);
              else resolve4({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract2(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable3, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable3 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/commands/baseline.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/commands/org-inventory.ts
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// src/commands/types.ts
var UsageError = class extends Error {
};

// src/commands/org-inventory.ts
var REMOTE = /^([\w.-]+)\/([\w.-]+)\/([^@]+)@(.+)$/;
async function resolveOrgInventory(spec, env = process.env) {
  if (!spec || existsSync(spec)) return spec;
  const m = REMOTE.exec(spec);
  if (!m) return spec;
  const [, owner, repo, path, ref] = m;
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token) throw new UsageError(`--org-inventory ${spec}: set GITHUB_TOKEN to read it from GitHub`);
  let data;
  try {
    data = await new GitHubClient(token, { owner, repo }, env.GITHUB_API_URL || void 0).fileAt(path, ref);
  } catch (err) {
    throw new UsageError(`--org-inventory ${spec}: ${err instanceof ApiError ? err.message : String(err)}`);
  }
  if (!data) throw new UsageError(`--org-inventory ${spec}: no such file in ${owner}/${repo} at ${ref}`);
  const file = join(await mkdtemp(join(tmpdir(), "shadow-ai-org-")), owner, repo, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, data);
  return file;
}

// src/commands/baseline.ts
var baselineCommand = {
  summary: `record today's findings as accepted (${DEFAULT_BASELINE}), so only new ones block`,
  usage: `shadow-ai baseline [path] [options]

Scans the path (default: .) and writes the fingerprints of its findings to a
baseline file. \`shadow-ai scan\` reads ${DEFAULT_BASELINE} when present (or the
file --baseline names): findings listed there are reported as suppressed and
never block. A fingerprint survives unrelated line moves.

Options:
  -o, --output <file>         where to write (default: <path>/${DEFAULT_BASELINE})
  -i, --inventory <file>      the inventory (default: found under the path)
      --org-inventory <file|owner/repo/path@ref>  an organisation inventory the repository's refines
      --exclude <glob>        skip paths matching a gitignore-style glob (repeatable)
`,
  async run(argv, io2) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        inventory: { type: "string", short: "i" },
        "org-inventory": { type: "string" },
        exclude: { type: "string", multiple: true }
      }
    });
    if (positionals.length > 1) throw new UsageError("baseline takes one path");
    const root = positionals[0] ?? ".";
    const target = values.output ? resolve(values.output) : join2(resolve(root), DEFAULT_BASELINE);
    const report = await scan(root, { exclude: values.exclude, inventory: values.inventory, orgInventory: await resolveOrgInventory(values["org-inventory"]), noBaseline: true });
    const text = baselineJson(report.findings);
    await mkdir2(dirname2(target), { recursive: true });
    await writeFile2(target, text);
    const n = JSON.parse(text).findings.length;
    io2.stdout(`wrote ${relative(process.cwd(), target) || target}: ${n} finding${n === 1 ? "" : "s"} accepted
`);
    return 0;
  }
};

// src/commands/evidence.ts
import { readFile } from "node:fs/promises";
import { parseArgs as parseArgs2 } from "node:util";

// src/org/merge.ts
var STATUS_RANK = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
function byString(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isOrgReport(value) {
  const v = value;
  return typeof v === "object" && v !== null && v.schemaVersion === 1 && Array.isArray(v.repositories) && Array.isArray(v.errors);
}
function isScanReport(value) {
  const v = value;
  return typeof v === "object" && v !== null && v.schemaVersion === 1 && Array.isArray(v.vendors) && Array.isArray(v.findings) && !!v.target;
}
var open = (f) => !f.suppressed;
function rollup(repositories, errors) {
  const vendors = /* @__PURE__ */ new Map();
  let withVendors = 0;
  let blocking = 0;
  for (const { name, report } of repositories) {
    if (report.vendors.length > 0) withVendors++;
    if (report.findings.some((f) => open(f) && f.blocking)) blocking++;
    for (const v of report.vendors) {
      let row = vendors.get(v.id);
      if (!row) vendors.set(v.id, row = { id: v.id, name: v.name, category: v.category, worst: v.status, repositories: [] });
      if (STATUS_RANK[v.status] < STATUS_RANK[row.worst]) row.worst = v.status;
      const about = report.findings.filter((f) => open(f) && f.vendor === v.id);
      row.repositories.push({
        repository: name,
        status: v.status,
        direct: v.direct,
        evidence: v.evidence.length,
        findings: about.length,
        blocking: about.filter((f) => f.blocking).length
      });
    }
  }
  const list = [...vendors.values()].sort((a, b) => STATUS_RANK[a.worst] - STATUS_RANK[b.worst] || byString(a.id, b.id));
  for (const v of list) v.repositories.sort((a, b) => byString(a.repository, b.repository));
  return {
    repositories: { total: repositories.length + errors.length, scanned: repositories.length, errors: errors.length, withVendors, blocking },
    vendors: list
  };
}
function buildOrgReport(input) {
  const repos = /* @__PURE__ */ new Map();
  for (const r of input.repositories) if (!repos.has(r.name)) repos.set(r.name, r);
  const errs = /* @__PURE__ */ new Map();
  for (const e of input.errors) if (!repos.has(e.repository) && !errs.has(e.repository)) errs.set(e.repository, e);
  const repositories = [...repos.values()].sort((a, b) => byString(a.name, b.name));
  const errors = [...errs.values()].sort((a, b) => byString(a.repository, b.repository));
  const skip = /* @__PURE__ */ new Map();
  for (const x of input.skipped ?? []) if (!repos.has(x.repository) && !errs.has(x.repository) && !skip.has(x.repository)) skip.set(x.repository, x);
  const skipped = [...skip.values()].sort((a, b) => byString(a.repository, b.repository));
  return {
    schemaVersion: 1,
    kind: "org",
    tool: input.tool,
    ...input.org ? { org: input.org } : {},
    ...input.generatedAt ? { generatedAt: input.generatedAt } : {},
    repositories,
    errors,
    ...skipped.length ? { skipped } : {},
    rollup: rollup(repositories, errors)
  };
}
function nameOf(report, source) {
  const root = report.target.root.replace(/\\/g, "/").replace(/(?<!\/)\/+$/, "");
  if (root && root !== ".") return root;
  return source.replace(/\\/g, "/").replace(/^.*\//, "").replace(/\.json$/i, "");
}
function mergeReports(sources, tool, expected = []) {
  const repositories = [];
  const errors = [];
  const skipped = [];
  const catalogs = /* @__PURE__ */ new Set();
  const orgs = /* @__PURE__ */ new Set();
  let generatedAt;
  for (const { source, value } of sources) {
    if (isOrgReport(value)) {
      repositories.push(...value.repositories);
      errors.push(...value.errors);
      skipped.push(...value.skipped ?? []);
      if (value.org) orgs.add(value.org);
      if (value.generatedAt && (!generatedAt || value.generatedAt > generatedAt)) generatedAt = value.generatedAt;
      if (value.tool?.catalogVersion) catalogs.add(value.tool.catalogVersion);
      for (const r of value.repositories) catalogs.add(r.report.tool.catalogVersion);
    } else if (isScanReport(value)) {
      repositories.push({ name: nameOf(value, source), report: value });
      catalogs.add(value.tool.catalogVersion);
    } else {
      throw new Error(`${source}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    }
  }
  const seen = /* @__PURE__ */ new Set([...repositories.map((r) => r.name), ...errors.map((e) => e.repository)]);
  for (const name of expected) if (!seen.has(name)) errors.push({ repository: name, reason: "no report: the shard that held it did not finish" });
  return buildOrgReport({
    tool: { name: "shadow-ai", version: tool.version, catalogVersion: [...catalogs].sort(byString).join(", ") },
    ...orgs.size === 1 ? { org: [...orgs][0] } : {},
    ...generatedAt ? { generatedAt } : {},
    repositories,
    errors,
    skipped
  });
}
function orgJson(report, scanJson) {
  const view = {
    schemaVersion: report.schemaVersion,
    kind: report.kind,
    tool: { name: report.tool.name, version: report.tool.version, catalogVersion: report.tool.catalogVersion },
    ...report.org ? { org: report.org } : {},
    ...report.generatedAt ? { generatedAt: report.generatedAt } : {},
    repositories: report.repositories.map((r) => ({
      name: r.name,
      report: JSON.parse(scanJson(r.report)),
      ...r.declared ? { declared: r.declared } : {}
    })),
    errors: report.errors.map((e) => ({ repository: e.repository, reason: e.reason })),
    ...report.skipped?.length ? { skipped: report.skipped.map((e) => ({ repository: e.repository, reason: e.reason })) } : {},
    rollup: report.rollup
  };
  return `${JSON.stringify(view, null, 2)}
`;
}

// src/org/output.ts
import { randomBytes } from "node:crypto";
import { mkdir as mkdir3, rename, rm, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname3, resolve as resolve2 } from "node:path";

// src/report/csv.ts
var CSV_HEADER = [
  "repository",
  "vendor",
  "vendor_name",
  "category",
  "status",
  "direct",
  "regions",
  "models",
  "frameworks",
  "evidence",
  "first_seen",
  "open_findings",
  "blocking_findings",
  "owner",
  "purpose",
  "data_classes",
  "dpa_signed",
  "no_training_confirmed",
  "residency",
  "last_review",
  "note"
];
function csvCell(value) {
  let s = value === void 0 || value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csvRow(cells) {
  return `${cells.map(csvCell).join(",")}\r
`;
}
function toCsv(org) {
  const rows = [];
  const blank = (n) => new Array(n).fill("");
  for (const { name, report, declared } of org.repositories) {
    if (report.vendors.length === 0) {
      rows.push([name, csvRow([name, ...blank(CSV_HEADER.length - 2), "no AI vendor found"])]);
      continue;
    }
    for (const v of report.vendors) {
      const d = declared?.[v.id];
      const first = v.evidence[0];
      const about = report.findings.filter((f) => !f.suppressed && f.vendor === v.id);
      rows.push([
        name,
        csvRow([
          name,
          v.id,
          v.name,
          v.category,
          v.status,
          v.direct ? "yes" : "no (transitive only)",
          v.regions.join("; "),
          v.models.join("; "),
          v.frameworks.join("; "),
          v.evidence.length,
          first ? `${first.file}:${first.line}` : "",
          about.length,
          about.filter((f) => f.blocking).length,
          d?.owner,
          d?.purpose,
          d?.["data-classes"]?.join("; "),
          d?.dpa?.signed,
          d?.["no-training"]?.confirmed,
          d?.residency?.join("; "),
          d?.["last-review"],
          ""
        ])
      ]);
    }
  }
  for (const e of org.errors) rows.push([e.repository, csvRow([e.repository, ...blank(CSV_HEADER.length - 2), `not scanned: ${e.reason}`])]);
  rows.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return csvRow([...CSV_HEADER]) + rows.map(([, r]) => r).join("");
}

// src/report/org-markdown.ts
function mdCell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function mdCode(s) {
  const t = s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  return t.includes("`") ? `\`\` ${t} \`\`` : `\`${t}\``;
}
var STATUS_ICON = { prohibited: "\u26D4", undeclared: "\u{1F534}", restricted: "\u{1F7E1}", approved: "\u{1F7E2}" };
function mdTable(header, rows, max, hint = "the JSON report") {
  const out = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const r of rows.slice(0, max)) out.push(`| ${r.join(" | ")} |`);
  if (rows.length > max) out.push("", `\u2026 ${rows.length - max} more (${hint} lists all).`);
  return out;
}
var plural = (n, word) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
function toOrgMarkdown(org, options = {}) {
  const max = options.maxRows ?? 200;
  const r = org.rollup;
  const out = [`## shadow-ai \u2014 organisation report${org.org ? `: ${mdCell(org.org)}` : ""}`, ""];
  const concern = r.vendors.flatMap(
    (v) => v.repositories.filter((c) => c.status === "prohibited" || c.status === "undeclared").map((c) => ({ v, c }))
  );
  const verdict = r.repositories.blocking > 0 ? `\u274C **${plural(r.repositories.blocking, "repository")} with blocking findings**` : "\u2705 **nothing blocks**";
  out.push(
    `${verdict} \xB7 ${plural(r.repositories.scanned, "repository")} scanned${r.repositories.errors ? ` \xB7 \u26A0\uFE0F **${r.repositories.errors} not scanned**` : ""} \xB7 ${r.repositories.withVendors} use AI vendors \xB7 ${plural(r.vendors.length, "vendor")}.`,
    ""
  );
  out.push(`### Undeclared and prohibited usage (${concern.length})`, "");
  if (concern.length === 0) out.push("None.", "");
  else {
    const rows = concern.map(({ v, c }) => {
      const report = org.repositories.find((x) => x.name === c.repository)?.report;
      const first = report?.vendors.find((x) => x.id === v.id)?.evidence.find((e) => !e.transitive);
      return [
        `${STATUS_ICON[c.status]} ${c.status}`,
        `${mdCell(v.name)} (${mdCode(v.id)})`,
        mdCode(c.repository),
        first ? mdCode(`${first.file}:${first.line}`) : "\u2014",
        String(c.blocking)
      ];
    });
    out.push(...mdTable(["status", "vendor", "repository", "first seen", "blocking findings"], rows, max), "");
  }
  out.push(`### Repositories \xD7 vendors`, "");
  const using = org.repositories.filter((x) => x.report.vendors.length > 0);
  if (using.length === 0) out.push("No repository uses an AI vendor.", "");
  else {
    out.push(...matrix(r.vendors, using.map((x) => x.name), max), "");
    out.push(
      `<sub>${["prohibited", "undeclared", "restricted", "approved"].map((s) => `${STATUS_ICON[s]} ${s}`).join(" \xB7 ")} \xB7 *(t)*: only a lockfile pulls it in \xB7 \u2014: not used</sub>`,
      ""
    );
  }
  out.push(`### Vendors (${r.vendors.length})`, "");
  if (r.vendors.length > 0) {
    const rows = r.vendors.map((v) => {
      const by = (s) => v.repositories.filter((c) => c.status === s).length;
      return [
        `${mdCell(v.name)} (${mdCode(v.id)})`,
        mdCell(v.category),
        `${STATUS_ICON[v.worst]} ${v.worst}`,
        String(v.repositories.length),
        ["prohibited", "undeclared", "restricted", "approved"].filter((s) => by(s) > 0).map((s) => `${by(s)} ${s}`).join(", ")
      ];
    });
    out.push(...mdTable(["vendor", "category", "worst status", "repositories", "by status"], rows, max), "");
  } else out.push("None.", "");
  out.push(`### Not scanned (${org.errors.length})`, "");
  if (org.errors.length === 0) out.push("Every repository was scanned.", "");
  else out.push(...mdTable(["repository", "reason"], org.errors.map((e) => [mdCode(e.repository), mdCell(e.reason)]), max), "");
  if (org.skipped?.length) {
    out.push(`<details><summary>Left out by the filters (${org.skipped.length})</summary>`, "");
    out.push(...mdTable(["repository", "why"], org.skipped.map((e) => [mdCode(e.repository), mdCell(e.reason)]), max), "", "</details>", "");
  }
  const catalog = org.tool.catalogVersion ? `, catalog ${mdCell(org.tool.catalogVersion)}` : "";
  out.push(`<sub>shadow-ai ${mdCell(org.tool.version)}${catalog}${org.generatedAt ? ` \xB7 ${mdCell(org.generatedAt)}` : ""}</sub>`, "");
  return truncate(out.join("\n"), options.maxBytes ?? SUMMARY_MAX_BYTES, options.fullReportHint ?? "the JSON report");
}
function matrix(vendors, repos, max) {
  const rank = (name) => {
    let worst = 4;
    for (const v of vendors) {
      const c = v.repositories.find((x) => x.repository === name);
      if (c) worst = Math.min(worst, { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 }[c.status]);
    }
    return worst;
  };
  const ordered = repos.map((name) => ({ name, rank: rank(name) })).sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const header = ["repository", ...vendors.map((v) => mdCode(v.id))];
  const rows = ordered.map(({ name }) => [
    mdCode(name),
    ...vendors.map((v) => {
      const c = v.repositories.find((x) => x.repository === name);
      return c ? `${STATUS_ICON[c.status]}${c.direct ? "" : " *(t)*"}` : "\u2014";
    })
  ]);
  return mdTable(header, rows, max);
}

// src/org/output.ts
var ORG_FORMATS = {
  json: (r) => orgJson(r, toJson),
  markdown: (r) => toOrgMarkdown(r),
  csv: (r) => toCsv(r)
};
async function writeAtomic(path, text) {
  const target = resolve2(path);
  await mkdir3(dirname3(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile3(tmp, text);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

// src/org/endpoints.ts
function vendorHosts(v, spec) {
  const named = [...new Set(v.evidence.flatMap((e) => e.host && !e.transitive ? [e.host.toLowerCase()] : []))].sort();
  if (named.length > 0) return named;
  const first = spec?.hosts?.[0];
  if (!first) return [];
  const host = typeof first === "string" ? first : first.host;
  if (host.includes("<region>") && v.regions.length > 0) return v.regions.map((r) => host.replace("<region>", r)).sort();
  return [host];
}
function isConcreteHost(host) {
  return /^[a-z0-9.-]+(:\d+)?$/i.test(host);
}

// src/report/evidence.ts
var STATUS_ORDER = { prohibited: 0, undeclared: 1, restricted: 2, approved: 3 };
var byString2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var plural2 = (n, word) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
function mermaidText(s) {
  return s.replace(/[\r\n\t]+/g, " ").replace(/["#<>`&|%;{}[\]()\\]/g, (c) => `#${c.charCodeAt(0)};`);
}
function vendorsOf(repos) {
  const map = /* @__PURE__ */ new Map();
  for (const r of repos) {
    for (const v of r.report.vendors) {
      let row = map.get(v.id);
      if (!row) map.set(v.id, row = { id: v.id, name: v.name, category: v.category, uses: [] });
      row.uses.push({ repository: r.name, usage: v });
    }
  }
  const worst = (row) => Math.min(...row.uses.map((u) => STATUS_ORDER[u.usage.status] ?? 9));
  return [...map.values()].sort((a, b) => worst(a) - worst(b) || byString2(a.id, b.id));
}
function dateOf(d, key) {
  if (!d) return "\u2014";
  const v = d[key];
  return v ? `${key} ${v}${d.expires ? `, expires ${d.expires}` : ""}` : "\u2014";
}
function declarationCells(d) {
  if (!d) return ["\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014"];
  const list = (xs) => xs?.length ? xs.map(mdCell).join(", ") : "\u2014";
  return [
    d.owner ? mdCell(d.owner) : "\u2014",
    d.purpose ? mdCell(d.purpose) : "\u2014",
    list(d["data-classes"]),
    mdCell(dateOf(d.dpa, "signed")),
    d["no-training"] ? `${mdCell(dateOf(d["no-training"], "confirmed"))}${d["no-training"].evidence ? ` (${mdCell(d["no-training"].evidence)})` : ""}` : "\u2014",
    list(d.residency),
    d["last-review"] ? mdCell(d["last-review"]) : "\u2014",
    d.attestations?.length ? d.attestations.map((a) => `${mdCell(a.type)} ${mdCell(a.date)}`).join(", ") : "\u2014"
  ];
}
function componentOf(file) {
  const parts = file.split("/").slice(0, -1);
  return parts.length === 0 ? "(root)" : parts.slice(0, 2).join("/");
}
function vendorFlowchart(row, hosts, residency) {
  const lines = ["flowchart LR"];
  const regions = [...new Set(row.uses.flatMap((u) => u.usage.regions))].sort(byString2);
  const where = regions.length ? `region: ${regions.join(", ")}` : residency.length ? `declared residency: ${residency.join(", ")}` : "region: not stated in code";
  const endpoint = [row.name, ...hosts.length ? hosts : ["endpoint not named in code"], where].map(mermaidText).join("<br/>");
  lines.push(`  v0["${endpoint}"]`);
  let n = 0;
  row.uses.forEach((u, i) => {
    const direct = u.usage.evidence.filter((e) => !e.transitive);
    const used = direct.length > 0 ? direct : u.usage.evidence;
    const comps = /* @__PURE__ */ new Map();
    for (const e of used) {
      const c = componentOf(e.file);
      if (!comps.has(c)) comps.set(c, /* @__PURE__ */ new Set());
      comps.get(c).add(e.transitive ? "lockfile (transitive)" : e.kind);
    }
    lines.push(`  subgraph r${i}["${mermaidText(u.repository)}"]`);
    const ids = [];
    for (const [c, kinds] of [...comps.entries()].sort(([a], [b]) => byString2(a, b))) {
      const id = `c${n++}`;
      lines.push(`    ${id}["${mermaidText(c)}"]`);
      ids.push([id, [...kinds].sort(byString2).join(", ")]);
    }
    lines.push("  end");
    for (const [id, kinds] of ids) lines.push(`  ${id} -->|"${mermaidText(kinds)}"| v0`);
  });
  return lines.join("\n");
}
function evidenceLine(e) {
  const what = e.package ?? e.host ?? e.env ?? e.secretRule ?? e.model ?? "";
  return `${mdCode(`${e.file}:${e.line}`)} ${e.kind}${what ? ` ${mdCode(what)}` : ""}${e.transitive ? " (transitive)" : ""}`;
}
function toEvidence(input) {
  const maxFiles = input.maxFiles ?? 20;
  const repos = [...input.repositories].sort((a, b) => byString2(a.name, b.name));
  const errors = input.errors ?? [];
  const vendors = vendorsOf(repos);
  const single = repos.length === 1 && !input.org ? repos[0] : void 0;
  const subject = input.org ? `organisation ${input.org}` : single ? single.name : `${plural2(repos.length, "repository")}`;
  const declOf = (repo, id) => input.inventory?.vendors.get(id) ?? repo.declared?.[id];
  const out = [`# AI vendor evidence pack \u2014 ${mdCell(subject)}`, ""];
  out.push(
    `Produced ${mdCell(input.producedAt)} by shadow-ai ${mdCell(input.tool.version)}${input.scannedAt ? ` from a scan run ${mdCell(input.scannedAt)}` : ""}. ${plural2(repos.length, "repository")} scanned${errors.length ? `, ${errors.length} could not be scanned (listed below)` : ""}; ${plural2(vendors.length, "AI vendor")} in use. ` + (input.inventory ? `Declarations: ${mdCode(input.inventory.path)}.` : repos.some((r) => r.declared) ? "Declarations: each repository's inventory as the scan applied it." : "Declarations: not in the input (pass `--inventory` to fill in owner, purpose, DPA and review dates)."),
    ""
  );
  out.push("## 1. AI vendor inventory", "");
  const invRows = [];
  for (const v of vendors) {
    const groups = /* @__PURE__ */ new Map();
    for (const u of v.uses) {
      const repo = repos.find((r) => r.name === u.repository);
      const d = declOf(repo, v.id);
      const key = `${u.usage.status}\0${JSON.stringify(d ?? null)}`;
      if (!groups.has(key)) groups.set(key, { d, status: u.usage.status, repos: [] });
      groups.get(key).repos.push(u.repository);
    }
    for (const g of [...groups.values()].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9))) {
      invRows.push([
        `${mdCell(v.name)} (${mdCode(v.id)})`,
        `${STATUS_ICON[g.status]} ${g.status}`,
        ...declarationCells(g.d),
        single ? String(v.uses.length ? "yes" : "no") : g.repos.map(mdCode).join(", ")
      ]);
    }
  }
  for (const [id, d] of [...(input.inventory?.vendors ?? /* @__PURE__ */ new Map()).entries()].sort(([a], [b]) => byString2(a, b))) {
    if (vendors.some((v) => v.id === id)) continue;
    const name = input.spec?.(id)?.name ?? id;
    invRows.push([`${mdCell(name)} (${mdCode(id)})`, `${d.status} \xB7 not used`, ...declarationCells(d), "\u2014"]);
  }
  const header = ["vendor", "status", "owner", "purpose", "data classes", "DPA", "no-training", "residency", "last review", "attestations", single ? "used" : "repositories"];
  if (invRows.length === 0) out.push("No AI vendor is used or declared.", "");
  else out.push(...mdTable(header, invRows, Number.MAX_SAFE_INTEGER), "");
  out.push("## 2. Where each vendor is used", "");
  if (vendors.length === 0) out.push("Nowhere.", "");
  for (const v of vendors) {
    out.push(`### ${mdCell(v.name)} (${mdCode(v.id)})`, "");
    for (const u of v.uses) {
      const byFile = /* @__PURE__ */ new Map();
      for (const e of u.usage.evidence) {
        if (!byFile.has(e.file)) byFile.set(e.file, []);
        byFile.get(e.file).push(e);
      }
      const facts = [
        u.usage.status,
        u.usage.direct ? "" : "transitive only",
        u.usage.regions.length ? `regions ${u.usage.regions.join(", ")}` : "",
        u.usage.models.length ? `models ${u.usage.models.join(", ")}` : "",
        u.usage.frameworks.length ? `through ${u.usage.frameworks.join(", ")}` : ""
      ].filter(Boolean);
      out.push(`- ${mdCode(u.repository)} \u2014 ${mdCell(facts.join("; "))}`);
      const files = [...byFile.entries()];
      for (const [, list] of files.slice(0, maxFiles)) out.push(`  - ${list.slice(0, 5).map(evidenceLine).join("; ")}${list.length > 5 ? ` (+${list.length - 5} more)` : ""}`);
      if (files.length > maxFiles) out.push(`  - \u2026 ${files.length - maxFiles} more files (the JSON report lists all)`);
    }
    out.push("");
  }
  out.push("## 3. Data flows", "", "Components (folders) of each repository \u2192 the vendor's endpoint, labelled with how the code reaches it.", "");
  if (vendors.length === 0) out.push("None.", "");
  for (const v of vendors) {
    const usage = {
      evidence: v.uses.flatMap((u) => u.usage.evidence),
      regions: [...new Set(v.uses.flatMap((u) => u.usage.regions))]
    };
    const residency = [
      ...new Set(v.uses.flatMap((u) => declOf(repos.find((r) => r.name === u.repository), v.id)?.residency ?? []))
    ].sort(byString2);
    out.push(`### ${mdCell(v.name)} (${mdCode(v.id)})`, "", "```mermaid", vendorFlowchart(v, vendorHosts(usage, input.spec?.(v.id)), residency), "```", "");
  }
  const findings = repos.flatMap((r) => r.report.findings.filter((f) => !f.suppressed).map((f) => ({ r, f })));
  const suppressed = repos.reduce((n, r) => n + r.report.findings.filter((f) => f.suppressed).length, 0);
  out.push(`## 4. Open findings (${findings.length})`, "");
  if (findings.length === 0) out.push("None.", "");
  else {
    const rows2 = findings.map(({ r, f }) => [
      ...single ? [] : [mdCode(r.name)],
      `${f.severity}${f.blocking ? " \xB7 **blocking**" : ""}`,
      mdCode(f.rule),
      f.vendor ? mdCode(f.vendor) : "\u2014",
      f.file ? mdCode(`${f.file}${f.line ? `:${f.line}` : ""}`) : "\u2014",
      mdCell(f.message)
    ]);
    out.push(...mdTable([...single ? [] : ["repository"], "severity", "rule", "vendor", "where", "message"], rows2, Number.MAX_SAFE_INTEGER), "");
  }
  if (suppressed > 0) out.push(`${plural2(suppressed, "finding")} suppressed with a recorded reason (see the JSON report).`, "");
  if (errors.length > 0) {
    out.push(`### Not scanned (${errors.length})`, "");
    out.push(...mdTable(["repository", "reason"], errors.map((e) => [mdCode(e.repository), mdCell(e.reason)]), Number.MAX_SAFE_INTEGER), "");
  }
  out.push("## 5. Provenance", "");
  const rows = repos.map((r) => [
    mdCode(r.name),
    r.report.target.commit ? mdCode(r.report.target.commit) : "unknown",
    r.report.inventory.path ? mdCode(r.report.inventory.path) : "none",
    mdCell(`shadow-ai ${r.report.tool.version}`),
    mdCell(r.report.tool.catalogVersion),
    String(r.report.stats.files)
  ]);
  out.push(...mdTable(["repository", "commit", "inventory", "tool", "catalog", "files scanned"], rows, Number.MAX_SAFE_INTEGER), "");
  out.push(`Scan date: ${input.scannedAt ? mdCell(input.scannedAt) : "not recorded in the report"}. Pack produced: ${mdCell(input.producedAt)}.`, "");
  return out.join("\n");
}

// src/commands/evidence.ts
var evidenceCommand = {
  summary: "write the SOC 2 evidence pack (Markdown) from a scan or org JSON report",
  usage: `shadow-ai evidence <report.json> [options]

The input is a single-repository report (shadow-ai scan --format json) or an
org report (shadow-ai org / merge --format json). The pack lists the AI vendor
inventory (status, owner, purpose, data classes, DPA, no-training, residency,
last review, attestations), where each vendor is used, a Mermaid data-flow
diagram per vendor, open findings and the scan's provenance.

Options:
  -i, --inventory <file>   take declarations from this inventory (default: what the
                           report carries; an org report carries each repository's)
  -o, --output <file>      write to a file (atomically) instead of stdout
      --date <YYYY-MM-DD>  the date the pack is produced (default: today, UTC)
`,
  async run(argv, io2) {
    const { values, positionals } = parseArgs2({
      args: argv,
      allowPositionals: true,
      options: {
        inventory: { type: "string", short: "i" },
        output: { type: "string", short: "o" },
        date: { type: "string" }
      }
    });
    if (positionals.length !== 1) throw new UsageError("evidence takes one report file");
    const file = positionals[0];
    if (values.date !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError("--date takes YYYY-MM-DD");
    let value;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      throw new UsageError(`${file}: cannot read a JSON report: ${err.code ?? err.message}`);
    }
    let catalog = loadCatalog();
    let inventory;
    if (values.inventory) {
      const inv = await loadInventory(values.inventory, { file: values.inventory, catalog });
      catalog = extendCatalog(catalog, inv.customVendors);
      inventory = { path: values.inventory, vendors: inv.vendors };
    }
    const common = {
      producedAt: values.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
      tool: { version: packageVersion() },
      inventory,
      spec: (id) => catalog.vendors.get(id)
    };
    let input;
    if (isOrgReport(value)) {
      input = { ...common, org: value.org, repositories: value.repositories, errors: value.errors, scannedAt: value.generatedAt };
    } else if (isScanReport(value)) {
      input = { ...common, repositories: [{ name: value.target.root, report: value }] };
    } else throw new UsageError(`${file}: not a shadow-ai report (expected a ScanReport or an org report with schemaVersion 1)`);
    const out = toEvidence(input);
    if (values.output) await writeAtomic(values.output, out);
    else io2.stdout(out);
    return 0;
  }
};

// src/commands/init.ts
import { mkdir as mkdir4, readFile as readFile2, writeFile as writeFile4 } from "node:fs/promises";
import { dirname as dirname4, join as join3, relative as relative2, resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/inventory/init.ts
var import_yaml = __toESM(require_dist(), 1);
var SCHEMA_URL = "https://raw.githubusercontent.com/shadow-ai/shadow-ai/main/schema/inventory.schema.json";
function place(e) {
  const what = e.package ?? e.host ?? e.env ?? (e.secretRule ? "committed key" : "");
  return `${e.file}:${e.line} (${e.kind}${what ? ` ${what}` : ""})`;
}
function vendorEntry(v, indent = "  ") {
  const i = indent;
  const shown = v.evidence.filter((e) => !e.transitive).slice(0, 3).map(place);
  const more = v.evidence.filter((e) => !e.transitive).length - shown.length;
  const lines = [
    `${i}# ${v.name} \u2014 found at ${shown.join(", ")}${more > 0 ? `, and ${more} more` : ""}`,
    `${i}${v.id}:`,
    `${i}${i}status: restricted # TODO: approved, restricted or prohibited`,
    `${i}${i}owner: "TODO: the team or person accountable"`,
    `${i}${i}purpose: "TODO: what it is used for"`,
    `${i}${i}# TODO: data-classes: [internal] # public, internal, confidential, customer-data, pii, phi, pci, financial, employee-data, source-code, credentials`,
    `${i}${i}# TODO: dpa: { signed: YYYY-MM-DD, link: "\u2026" } # required when it receives customer data`,
    `${i}${i}# TODO: no-training: { confirmed: YYYY-MM-DD, evidence: "\u2026" }`,
    `${i}${i}# TODO: residency: [us] # geographies (us, eu, uk, \u2026) or regions${v.regions.length ? `; regions seen: ${v.regions.join(", ")}` : ""}`
  ];
  if (v.models.length) lines.push(`${i}${i}# TODO: models: [${v.models.map((m) => JSON.stringify(m)).join(", ")}] # models seen; globs allowed`);
  lines.push(`${i}${i}# TODO: last-review: YYYY-MM-DD`);
  return `${lines.join("\n")}
`;
}
function starterInventory(vendors) {
  const direct = vendors.filter((v) => v.direct);
  const transitive = vendors.filter((v) => !v.direct).map((v) => v.id);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    "# The AI vendors this repository's code may send data to: the inventory a SOC 2 auditor asks for.",
    "# Written by `shadow-ai init` from what a scan found. Fill in the TODOs, review each status",
    "# (approved \xB7 restricted: allowed where paths/models/residency say \xB7 prohibited), and commit it.",
    "version: 1",
    "policy:",
    "  block-on: [undeclared-vendor, prohibited-vendor, path-not-allowed, residency-violation, hardcoded-secret]",
    "  # review-interval: 1y # TODO: how often each vendor is reviewed (90d, 6m, 1y)",
    '  # ignore: ["docs/**"] # paths never scanned',
    ...transitive.length ? [`# Seen only through lockfiles (transitive, not declared here): ${transitive.join(", ")}`] : [],
    direct.length ? "vendors:" : "vendors: {}",
    ...direct.map((v) => vendorEntry(v).trimEnd()),
    ""
  ].join("\n");
}
function addVendors(text, vendors) {
  const doc = (0, import_yaml.parseDocument)(text);
  const root = doc.contents;
  const top = (0, import_yaml.isMap)(root) ? root.items.filter(import_yaml.isPair) : [];
  const vendorsPair = top.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "vendors");
  const declared = new Set((0, import_yaml.isMap)(vendorsPair?.value) ? vendorsPair.value.items.map((p) => String((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key)) : []);
  const missing = vendors.filter((v) => v.direct && !declared.has(v.id));
  if (missing.length === 0) return { text, added: [] };
  const body = (indent2) => missing.map((v) => vendorEntry(v, indent2)).join("");
  const withNewline = text.endsWith("\n") || text === "" ? text : `${text}
`;
  if (!vendorsPair) return { text: `${withNewline}vendors:
${body("  ")}`, added: missing.map((v) => v.id) };
  const value = vendorsPair.value;
  if ((0, import_yaml.isMap)(value) && value.flow) {
    if (value.items.length > 0) throw new Error("vendors: is a flow mapping ({ \u2026 }); rewrite it as a block mapping to let init add to it");
    const [start, end] = value.range;
    const lineEnd = withNewline.indexOf("\n", end);
    const rest = withNewline.slice(end, lineEnd);
    return { text: `${withNewline.slice(0, start).trimEnd()}${rest}
${body("  ")}${withNewline.slice(lineEnd + 1)}`, added: missing.map((v) => v.id) };
  }
  const firstKey = (0, import_yaml.isMap)(value) ? value.items[0]?.key : void 0;
  const keyStart = (0, import_yaml.isScalar)(firstKey) ? firstKey.range[0] : void 0;
  const indent = keyStart !== void 0 ? " ".repeat(keyStart - withNewline.lastIndexOf("\n", keyStart - 1) - 1) : "  ";
  const next = top[top.indexOf(vendorsPair) + 1];
  let at = withNewline.length;
  if (next && (0, import_yaml.isScalar)(next.key)) {
    at = withNewline.lastIndexOf("\n", next.key.range[0] - 1) + 1;
    while (at > 0) {
      const prevStart = withNewline.lastIndexOf("\n", at - 2) + 1;
      const line = withNewline.slice(prevStart, at - 1);
      if (line.trim() !== "" && !line.startsWith("#")) break;
      at = prevStart;
    }
  }
  return { text: withNewline.slice(0, at) + body(indent) + withNewline.slice(at), added: missing.map((v) => v.id) };
}

// src/commands/init.ts
var initCommand = {
  summary: "write a starter inventory (.github/ai-vendors.yml) from what a scan finds",
  usage: `shadow-ai init [path] [options]

Scans the path (default: .) and writes an inventory declaring every vendor the
code uses, each as \`status: restricted\` with TODOs for owner, purpose and the
compliance fields. Run again, it adds the vendors not yet declared and leaves
everything already written as it is.

Options:
  -o, --output <file>    where to write (default: the existing inventory, else
                         <path>/.github/ai-vendors.yml)
      --force            replace an existing inventory with a fresh starter one
      --exclude <glob>   skip paths matching a gitignore-style glob (repeatable)
`,
  async run(argv, io2) {
    const { values, positionals } = parseArgs3({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        force: { type: "boolean" },
        exclude: { type: "string", multiple: true }
      }
    });
    if (positionals.length > 1) throw new UsageError("init takes one path");
    const root = positionals[0] ?? ".";
    const existingRel = values.output ? void 0 : await findInventory(resolve3(root));
    const target = values.output ? resolve3(values.output) : join3(resolve3(root), existingRel ?? ".github/ai-vendors.yml");
    const shown = relative2(process.cwd(), target) || target;
    const existing = await readFile2(target, "utf8").catch(() => void 0);
    if (existing === void 0 || values.force) {
      const report2 = await scan(root, { exclude: values.exclude, noInventory: true, noBaseline: true });
      await mkdir4(dirname4(target), { recursive: true });
      await writeFile4(target, starterInventory(report2.vendors));
      const n = report2.vendors.filter((v) => v.direct).length;
      io2.stdout(`${existing === void 0 ? "wrote" : "replaced"} ${shown}: ${n} vendor${n === 1 ? "" : "s"}, each status: restricted with TODOs to fill in
`);
      return 0;
    }
    const report = await scan(root, { exclude: values.exclude, inventory: target, noBaseline: true });
    const { text, added } = addVendors(existing, report.vendors);
    if (added.length === 0) {
      io2.stdout(`${shown} already declares every vendor found; nothing to add (--force writes a fresh one)
`);
      return 0;
    }
    await writeFile4(target, text);
    io2.stdout(`added to ${shown}: ${added.join(", ")}
`);
    return 0;
  }
};

// src/commands/merge.ts
import { readFile as readFile3 } from "node:fs/promises";
import { parseArgs as parseArgs4 } from "node:util";
var mergeCommand = {
  summary: "combine per-repository or per-shard JSON reports into one org report",
  usage: `shadow-ai merge <report.json\u2026> [options]

Each input is a single-repository report (shadow-ai scan --format json) or an
org report (shadow-ai org / merge --format json). A repository named twice
keeps its first scanned entry; an error for a repository scanned elsewhere is
dropped.

Options:
  -f, --format <${Object.keys(ORG_FORMATS).join("|")}>  output format (default: json)
  -o, --output <file>             write to a file (atomically) instead of stdout
      --expected <file>           the repositories that should be there (\`shadow-ai org --list\`
                                  JSON); any no report names becomes an error
      --fail-on-error             exit 1 when any repository could not be scanned
      --fail-on-blocking          exit 1 when any repository has a blocking finding
`,
  async run(argv, io2) {
    const { values, positionals } = parseArgs4({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "json" },
        output: { type: "string", short: "o" },
        expected: { type: "string" },
        "fail-on-error": { type: "boolean" },
        "fail-on-blocking": { type: "boolean" }
      }
    });
    if (positionals.length === 0 && !values.expected) throw new UsageError("merge needs at least one report file");
    const render = ORG_FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(ORG_FORMATS).join(", ")})`);
    const sources = [];
    for (const file of positionals) {
      let text;
      try {
        text = await readFile3(file, "utf8");
      } catch (err) {
        throw new UsageError(`${file}: cannot read: ${err.code ?? err.message}`);
      }
      try {
        sources.push({ source: file, value: JSON.parse(text) });
      } catch (err) {
        throw new UsageError(`${file}: not JSON: ${err.message}`);
      }
    }
    let expected = [];
    if (values.expected) {
      try {
        const list = JSON.parse(await readFile3(values.expected, "utf8"));
        if (!Array.isArray(list)) throw new Error("not a JSON list");
        expected = list.map((x) => typeof x === "string" ? x : String(x.name));
      } catch (err) {
        throw new UsageError(`--expected ${values.expected}: ${err.message}`);
      }
    }
    let org;
    try {
      org = mergeReports(sources, { version: packageVersion() }, expected);
    } catch (err) {
      throw new UsageError(err.message);
    }
    const out = render(org);
    if (values.output) await writeAtomic(values.output, out);
    else io2.stdout(out);
    if (values["fail-on-error"] && org.errors.length > 0) {
      io2.stderr(`shadow-ai: ${org.errors.length} repositories could not be scanned
`);
      return 1;
    }
    return values["fail-on-blocking"] && org.rollup.repositories.blocking > 0 ? 1 : 0;
  }
};

// src/commands/org.ts
import { readFile as readFile4 } from "node:fs/promises";
import { parseArgs as parseArgs5 } from "node:util";

// src/github/org-repos.ts
var ApiError2 = class extends Error {
  constructor(reason, status) {
    super(reason);
    this.reason = reason;
    this.status = status;
  }
  reason;
  status;
};
var sleep = (ms, signal) => new Promise((resolve4, reject) => {
  if (signal?.aborted) return reject(signal.reason);
  const t = setTimeout(() => {
    signal?.removeEventListener("abort", onAbort);
    resolve4();
  }, ms);
  const onAbort = () => {
    clearTimeout(t);
    reject(signal.reason);
  };
  signal?.addEventListener("abort", onAbort, { once: true });
});
function requestedWait(res, now = Date.now()) {
  const after = res.headers.get("retry-after");
  if (after !== null) {
    const s = Number(after);
    if (Number.isFinite(s) && s >= 0) return s * 1e3;
    const at = Date.parse(after);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  if (res.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(res.headers.get("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1e3 - now);
  }
  return void 0;
}
async function isRateLimit(res) {
  if (res.status === 429) return true;
  if (res.status !== 403) return false;
  if (res.headers.get("retry-after") !== null || res.headers.get("x-ratelimit-remaining") === "0") return true;
  const body = await res.clone().text().catch(() => "");
  return /rate limit/i.test(body);
}
function isAbort(err) {
  const name = err?.name;
  return name === "AbortError" || name === "TimeoutError";
}
async function apiGet(url, options, accept = "application/vnd.github+json") {
  return (await apiRequest(url, options, accept)).res;
}
async function apiRequest(url, options, accept = "application/vnd.github+json") {
  const attempts = Math.max(1, options.retry?.attempts ?? 5);
  const base = options.retry?.baseDelayMs ?? 1e3;
  const max = options.retry?.maxDelayMs ?? 6e4;
  const headers = {
    accept,
    "x-github-api-version": "2022-11-28",
    "user-agent": options.userAgent ?? "shadow-ai"
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let last = "";
  for (let attempt = 1; ; attempt++) {
    let res;
    let wait;
    const timers = [...options.timeoutMs ? [AbortSignal.timeout(options.timeoutMs)] : [], ...options.signal ? [options.signal] : []];
    const signal = timers.length > 1 ? AbortSignal.any(timers) : timers[0];
    try {
      res = await fetch(url, { headers, signal, redirect: "follow" });
    } catch (err) {
      if (isAbort(err)) throw err;
      last = `network error: ${err.cause ? String(err.cause.message ?? err.cause) : err.message}`;
    }
    if (res) {
      if (await isRateLimit(res)) {
        wait = requestedWait(res);
        last = `rate limited (HTTP ${res.status})`;
        if (wait !== void 0 && wait > max) {
          await res.body?.cancel().catch(() => {
          });
          throw new ApiError2(`${last}: the API asks to wait ${Math.ceil(wait / 1e3)} s, over the ${Math.round(max / 1e3)} s limit`, res.status);
        }
      } else if (res.status >= 500) {
        wait = requestedWait(res);
        last = `HTTP ${res.status} ${res.statusText}`.trim();
      } else return { res, signal };
      await res.body?.cancel().catch(() => {
      });
    }
    if (attempt >= attempts) throw new ApiError2(`${last} after ${attempts} attempts`, res?.status);
    await sleep(Math.min(max, wait ?? base * 2 ** (attempt - 1)), options.signal);
  }
}
async function failure(res) {
  const text = await res.text().catch(() => "");
  let message = "";
  try {
    message = JSON.parse(text).message ?? "";
  } catch {
    message = text.slice(0, 200);
  }
  return `HTTP ${res.status}${message ? `: ${message}` : ""}`;
}
function nextLink(link) {
  return link?.split(",").find((part) => /rel="next"/.test(part))?.match(/<([^>]+)>/)?.[1];
}
async function listOrgRepos(org, options, maxPages = 1e3) {
  const api = options.apiUrl.replace(/(?<!\/)\/+$/, "");
  const first = `${api}/orgs/${encodeURIComponent(org)}/repos?type=all&per_page=100`;
  let res = await apiGet(first, options);
  if (res.status === 404) {
    await res.body?.cancel().catch(() => {
    });
    res = await apiGet(`${api}/users/${encodeURIComponent(org)}/repos?type=owner&per_page=100`, options);
    if (res.status === 404) throw new ApiError2(`no organisation or user '${org}' at ${api} (404)`, 404);
  }
  const repos = [];
  for (let page = 1; ; page++) {
    if (!res.ok) throw new ApiError2(`listing repositories of '${org}': ${await failure(res)}`, res.status);
    const data = await res.json();
    if (!Array.isArray(data)) throw new ApiError2(`listing repositories of '${org}': the API did not return a list`);
    for (const r of data) {
      repos.push({
        fullName: r.full_name,
        ...r.default_branch ? { defaultBranch: r.default_branch } : {},
        archived: r.archived ?? false,
        fork: r.fork ?? false,
        visibility: r.visibility === "internal" ? "internal" : r.visibility === "public" || r.private === false ? "public" : "private",
        topics: r.topics ?? [],
        size: r.size ?? 0,
        disabled: r.disabled ?? false
      });
    }
    const next = nextLink(res.headers.get("link"));
    if (!next || page >= maxPages) break;
    if (new URL(next).origin !== new URL(api).origin) throw new ApiError2(`listing repositories of '${org}': the next page is on another host (${new URL(next).origin})`);
    res = await apiGet(next, options);
  }
  return repos;
}

// src/org/filter.ts
var matches = (repo, globs) => {
  const short = repo.fullName.slice(repo.fullName.indexOf("/") + 1);
  return globs.some((g) => minimatch(repo.fullName, g, { nocase: true }) || minimatch(short, g, { nocase: true }));
};
function selectRepos(repos, filter) {
  const selected = [];
  const skipped = [];
  for (const r of repos) {
    const why = r.disabled ? "disabled" : r.archived && !filter.archived ? "archived (--include-archived to scan)" : r.fork && !filter.forks ? "fork (--include-forks to scan)" : filter.visibility?.length && !filter.visibility.includes(r.visibility) ? `visibility ${r.visibility}` : filter.topics?.length && !filter.topics.some((t) => r.topics.includes(t.toLowerCase())) ? "no matching topic" : filter.include?.length && !matches(r, filter.include) ? "name does not match --repo" : filter.exclude?.length && matches(r, filter.exclude) ? "name matches --exclude-repo" : void 0;
    if (why) skipped.push({ repository: r.fullName, reason: why });
    else selected.push(r);
  }
  const order = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return { selected: selected.sort((a, b) => order(a.fullName, b.fullName)), skipped: skipped.sort((a, b) => order(a.repository, b.repository)) };
}
function shard(repos, maxShards, perShard = 1) {
  if (repos.length === 0) return [];
  const n = Math.max(1, Math.min(maxShards, Math.ceil(repos.length / Math.max(1, perShard))));
  const shards = Array.from({ length: n }, (_, i) => ({ shard: i + 1, repos: [], load: 0 }));
  const bySize = [...repos].sort((a, b) => b.size - a.size || (a.fullName < b.fullName ? -1 : 1));
  for (const r of bySize) {
    const lightest = shards.reduce((a, b) => b.load < a.load || b.load === a.load && b.repos.length < a.repos.length ? b : a);
    lightest.repos.push(r.fullName);
    lightest.load += Math.max(1, r.size);
  }
  return shards.map(({ shard: s, repos: list }) => ({ shard: s, repos: list.sort() }));
}

// src/org/org-scan.ts
import { Transform } from "node:stream";

// src/github/tarball.ts
import { Readable } from "node:stream";
async function fetchTarball(fullName, ref, options) {
  const api = options.apiUrl.replace(/(?<!\/)\/+$/, "");
  const [owner, repo] = fullName.split("/");
  if (!owner || !repo) throw new ApiError2(`not an owner/name repository: '${fullName}'`);
  const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/tarball${ref ? `/${ref.split("/").map(encodeURIComponent).join("/")}` : ""}`;
  const { res, signal } = await apiRequest(`${api}${path}`, options, "application/vnd.github+json, application/x-gzip, application/octet-stream");
  if (!res.ok) throw new ApiError2(await failure(res), res.status);
  if (!res.body) throw new ApiError2("the archive response has no body", res.status);
  const length = Number(res.headers.get("content-length"));
  return {
    stream: Readable.fromWeb(res.body),
    ...Number.isFinite(length) && length > 0 ? { bytes: length } : {},
    ...signal ? { signal } : {}
  };
}

// src/org/declarations.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { isAbsolute, join as join4 } from "node:path";
function declaredOf(inventory) {
  return inventory ? Object.fromEntries(inventory.vendors) : void 0;
}
function reportContext(report) {
  const catalog = loadCatalog();
  const spec = (id) => catalog.vendors.get(id);
  const path = report.inventory.path;
  if (!path) return { spec };
  const candidates = isAbsolute(path) ? [path] : [join4(report.target.root, path), path];
  const file = candidates.find((p) => existsSync2(p));
  if (!file) return { spec };
  try {
    const inv = parseInventory(readFileSync(file, "utf8"), { file, catalog });
    return { declared: declaredOf(inv), spec };
  } catch {
    return { spec };
  }
}

// src/org/tar-scan.ts
var import_ignore = __toESM(require_ignore(), 1);
var tar = __toESM(require_tar_stream(), 1);
import { Readable as Readable2 } from "node:stream";
import { createGunzip } from "node:zlib";
var TooLargeError = class extends Error {
};
var RepoConfigError = class extends Error {
};
var newDir = () => ({ dirs: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Map() });
function memberPath(name, root) {
  if (name.includes("\0")) return { refused: "a NUL in the path" };
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name) || name.startsWith("\\\\")) return { refused: "an absolute path" };
  if (name.includes("\\")) return { refused: "a backslash in the path" };
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.some((p) => p === "..")) return { refused: "a '..' segment escapes the archive root" };
  const top = parts[0];
  if (!top) return { refused: "an empty path" };
  if (root !== void 0 && top !== root) return { refused: `outside the archive root '${root}/'` };
  return { path: parts.slice(1).join("/"), root: top };
}
function linkStaysInside(linkPath, target) {
  if (target.startsWith("/") || /^[A-Za-z]:/.test(target) || target.includes("\\")) return false;
  const stack = linkPath.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (stack.length === 0) return false;
      stack.pop();
    } else stack.push(p);
  }
  return true;
}
function wanted(path, size, maxFileSize) {
  const parts = path.split("/");
  const name = parts.at(-1);
  if (IGNORE_FILES.includes(name)) return true;
  if (path === DEFAULT_BASELINE || INVENTORY_LOCATIONS.includes(path)) return true;
  if (parts.slice(0, -1).some((p) => PRUNED_DIRS.has(p))) return false;
  return size <= maxFileSize && fileKind(path) !== void 0;
}
async function scanTarball(source, options) {
  const started = performance.now();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const maxArchive = options.maxArchiveBytes ?? 1024 * 1024 * 1024;
  const diagnostics = [];
  const skipped = {};
  const skip = (why) => skipped[why] = (skipped[why] ?? 0) + 1;
  const tree = newDir();
  let root;
  let commit = options.commit ?? null;
  let total = 0;
  const input = source instanceof Readable2 ? source : Readable2.from(source);
  const gunzip = createGunzip();
  const extract2 = tar.extract();
  input.on("error", (e) => extract2.destroy(e));
  gunzip.on("error", (e) => extract2.destroy(new Error(`not a gzip'd tarball: ${e.message}`)));
  let head = [];
  let headBytes = 0;
  const onHead = (chunk) => {
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes >= 2048) {
      gunzip.off("data", onHead);
      commit ??= globalComment(Buffer.concat(head));
      head = [];
    }
  };
  if (commit === null) gunzip.on("data", onHead);
  input.pipe(gunzip).pipe(extract2);
  try {
    for await (const entry of extract2) {
      const h = entry.header;
      total += h.size ?? 0;
      if (total > maxArchive) throw new TooLargeError(`too large: the archive holds over ${maxArchive} bytes`);
      const where = memberPath(h.name, root);
      if ("refused" in where) {
        diagnostics.push({ file: h.name.replace(/[\0\r\n]/g, "?").slice(0, 300), message: `refused archive entry: ${where.refused}` });
        skip("refused");
        entry.resume();
        continue;
      }
      root ??= where.root;
      const path = where.path;
      if (h.type === "symlink" || h.type === "link") {
        const target = h.linkname ?? "";
        const inside = h.type === "symlink" ? linkStaysInside(path, target) : memberPath(target, root);
        if (inside === false || typeof inside === "object" && "refused" in inside) {
          diagnostics.push({ file: path || h.name, message: `refused archive entry: a ${h.type === "link" ? "hard link" : "symbolic link"} to '${target.slice(0, 200)}' outside the archive root` });
          skip("refused");
        } else skip("symlink");
        entry.resume();
        continue;
      }
      if (h.type === "directory") {
        if (path) ensureDir(tree, path.split("/"));
        entry.resume();
        continue;
      }
      if (h.type !== "file" && h.type !== "contiguous-file") {
        entry.resume();
        continue;
      }
      if (!path) {
        entry.resume();
        continue;
      }
      const parts = path.split("/");
      const dir = ensureDir(tree, parts.slice(0, -1));
      const file = { size: h.size ?? 0 };
      if (wanted(path, file.size, maxFileSize)) {
        const chunks = [];
        for await (const chunk of entry) chunks.push(chunk);
        file.data = Buffer.concat(chunks);
      } else entry.resume();
      dir.files.set(parts.at(-1), file);
    }
    if (head.length) commit ??= globalComment(Buffer.concat(head));
  } finally {
    input.unpipe?.();
    if (!input.destroyed) input.destroy?.();
  }
  const base = options.catalog ?? loadCatalog();
  const fileAt = (path) => {
    const parts = path.split("/");
    let d = tree;
    for (const p of parts.slice(0, -1)) d = d?.dirs.get(p);
    return d?.files.get(parts.at(-1));
  };
  let inventory;
  let inventoryFile;
  const ownPath = INVENTORY_LOCATIONS.find((p) => fileAt(p)?.data !== void 0);
  try {
    if (ownPath) {
      inventoryFile = ownPath;
      inventory = parseInventory(fileAt(ownPath).data.toString("utf8"), { file: ownPath, reportFile: ownPath, catalog: base });
    } else if (options.fallbackInventory) {
      const f = options.fallbackInventory;
      inventory = { ...parseInventory(f.text, { file: f.file, reportFile: null, catalog: base }), local: /* @__PURE__ */ new Set() };
    }
  } catch (err) {
    throw new RepoConfigError(`invalid inventory: ${err.message}`);
  }
  const catalog = inventory ? extendCatalog(base, inventory.customVendors) : base;
  let baseline;
  const baselineData = fileAt(DEFAULT_BASELINE)?.data;
  if (baselineData) {
    try {
      baseline = parseBaseline(baselineData.toString("utf8"), DEFAULT_BASELINE);
    } catch (err) {
      throw new RepoConfigError(err.message);
    }
  }
  const own = /* @__PURE__ */ new Set([...inventoryFile ? [inventoryFile] : [], ...baselineData ? [DEFAULT_BASELINE] : []]);
  const extraPatterns = [...options.exclude ?? [], ...inventory?.policy.ignore ?? []];
  const extra = extraPatterns.length ? (0, import_ignore.default)().add(extraPatterns) : void 0;
  const ignored = (rules, rel, isDir) => {
    const path = isDir ? `${rel}/` : rel;
    if (extra?.ignores(path)) return true;
    return rules.some(({ base: b, ig }) => {
      const sub = b ? path.slice(b.length + 1) : path;
      return sub !== "" && ig.ignores(sub);
    });
  };
  const found = [];
  const walk = (dir, rel, inherited) => {
    let local;
    for (const name of IGNORE_FILES) {
      const data2 = dir.files.get(name)?.data;
      if (data2) (local ??= (0, import_ignore.default)()).add(data2.toString("utf8"));
    }
    const rules = local ? [...inherited, { base: rel, ig: local }] : inherited;
    const names = [.../* @__PURE__ */ new Set([...dir.dirs.keys(), ...dir.files.keys()])].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    for (const name of names) {
      const childRel = rel ? `${rel}/${name}` : name;
      const sub = dir.dirs.get(name);
      if (sub) {
        if (PRUNED_DIRS.has(name)) skip("vendored-or-build");
        else if (ignored(rules, childRel, true)) skip("ignored");
        else walk(sub, childRel, rules);
        continue;
      }
      const file = dir.files.get(name);
      if (ignored(rules, childRel, false)) skip("ignored");
      else if (own.has(childRel)) skip("own-input");
      else {
        const kind = fileKind(childRel);
        if (!kind) skip("unsupported-type");
        else if (file.size > maxFileSize) {
          skip("too-large");
          diagnostics.push({ file: childRel, message: `skipped: ${file.size} bytes is over the ${maxFileSize}-byte size cap` });
        } else found.push({ path: childRel, kind, size: file.size, data: file.data ?? Buffer.alloc(0) });
      }
    }
  };
  walk(tree, "", []);
  const outcomes = [];
  const data = new Map(found.map((f) => [f.path, f.data]));
  const module = moduleContext(found, (f) => {
    const r = decodeText(data.get(f.path));
    return "text" in r ? r.text : void 0;
  });
  for (const file of found) {
    const scanned = { path: file.path, kind: file.kind, size: file.size };
    outcomes.push(await detectOutcome(scanned, decodeText(file.data), catalog, module(scanned)));
  }
  const report = assembleReport({
    outcomes,
    catalog,
    skipped,
    diagnostics,
    inventory,
    inventoryPath: inventory ? inventoryFile ?? inventory.path : null,
    baseline,
    now: options.now ?? /* @__PURE__ */ new Date(),
    target: { root: options.displayRoot, commit },
    started
  });
  return { report, inventory };
}
function globalComment(block) {
  if (block.length < 512 || block[156] !== 103) return null;
  const size = parseInt(block.subarray(124, 136).toString("latin1").replace(/\0.*$/s, "").trim(), 8);
  if (!Number.isFinite(size)) return null;
  const data = block.subarray(512, 512 + Math.min(size, 1024)).toString("utf8");
  return /(?:^|\n)\d+ comment=([0-9a-f]{40,64})\n/.exec(data)?.[1] ?? null;
}
function ensureDir(tree, parts) {
  let d = tree;
  for (const p of parts) {
    let next = d.dirs.get(p);
    if (!next) d.dirs.set(p, next = newDir());
    d = next;
  }
  return d;
}

// src/org/org-scan.ts
function byteCap(max) {
  let seen = 0;
  return new Transform({
    transform(chunk, _enc, cb) {
      seen += chunk.length;
      if (seen > max) cb(new TooLargeError(`too large: the archive is over ${max} bytes`));
      else cb(null, chunk);
    }
  });
}
async function mapLimit(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function reasonOf(err, repo, signal, timeoutMs) {
  const timedOut = signal?.aborted && signal.reason?.name === "TimeoutError" || err?.name === "TimeoutError";
  if (timedOut) return `timed out after ${Math.round(timeoutMs / 100) / 10} s`;
  if (err instanceof ApiError2) {
    if (err.status === 404) return repo.size === 0 ? "empty repository (nothing to archive)" : `not found (404): ${err.reason}`;
    if (err.status === 451) return `unavailable for legal reasons (451)`;
    return err.reason;
  }
  if (err instanceof TooLargeError || err instanceof RepoConfigError) return err.message;
  return `could not scan: ${err.message ?? String(err)}`;
}
async function scanOrg(options) {
  let selected;
  let skipped = [];
  if (options.only?.length) {
    selected = [...new Set(options.only)].sort().map((fullName) => ({
      fullName: fullName.includes("/") ? fullName : `${options.org}/${fullName}`,
      archived: false,
      fork: false,
      visibility: "private",
      topics: [],
      size: -1,
      disabled: false
    }));
  } else {
    const listed = await listOrgRepos(options.org, options.api);
    ({ selected, skipped } = selectRepos(listed, options.filter ?? {}));
  }
  options.onSelected?.(selected.length, skipped.length);
  const timeoutMs = options.timeoutMs ?? 6e5;
  const maxBytes = options.maxArchiveBytes ?? 1024 * 1024 * 1024;
  const repositories = [];
  const errors = [];
  let done = 0;
  await mapLimit(selected, options.concurrency ?? 4, async (repo) => {
    const started = Date.now();
    let signal;
    let detail;
    let outcome;
    try {
      const tarball = await fetchTarball(repo.fullName, repo.defaultBranch, { ...options.api, timeoutMs });
      signal = tarball.signal;
      if (tarball.bytes !== void 0 && tarball.bytes > maxBytes) {
        tarball.stream.destroy();
        throw new TooLargeError(`too large: the archive is ${tarball.bytes} bytes, over ${maxBytes}`);
      }
      const capped = tarball.stream.pipe(byteCap(maxBytes));
      tarball.stream.on("error", (e) => capped.destroy(e));
      const aborted = new Promise((_, reject) => {
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
      aborted.catch(() => {
      });
      const { report: report2, inventory } = await Promise.race([
        scanTarball(capped, {
          displayRoot: repo.fullName,
          fallbackInventory: options.fallbackInventory,
          maxFileSize: options.maxFileSize,
          maxArchiveBytes: maxBytes,
          now: options.now
        }),
        aborted
      ]);
      const declared = declaredOf(inventory);
      repositories.push({ name: repo.fullName, report: report2, ...declared ? { declared } : {} });
      const blocking = report2.findings.filter((f) => f.blocking && !f.suppressed).length;
      outcome = "scanned";
      detail = `${report2.vendors.length} vendor${report2.vendors.length === 1 ? "" : "s"}${report2.vendors.length ? ` (${report2.vendors.map((v) => v.id).join(", ")})` : ""}, ${blocking} blocking`;
    } catch (err) {
      const reason = reasonOf(err, repo, signal, timeoutMs);
      errors.push({ repository: repo.fullName, reason });
      outcome = "error";
      detail = reason;
    }
    options.progress?.({ done: ++done, total: selected.length, repository: repo.fullName, outcome, detail, ms: Date.now() - started });
  });
  const report = buildOrgReport({
    tool: options.tool,
    org: options.org,
    ...options.generatedAt ? { generatedAt: options.generatedAt } : {},
    repositories,
    errors,
    skipped
  });
  return { report, skipped };
}

// src/commands/org.ts
var VISIBILITIES = ["public", "private", "internal"];
function positiveInt(value, flag, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a positive number`);
  return n;
}
function progressReporter(io2, mode) {
  if (mode === "none") return { report: () => {
  }, end: () => {
  } };
  if (mode === "lines") {
    return {
      report: (p) => io2.stderr(`[${p.done}/${p.total}] ${p.repository}: ${p.outcome === "scanned" ? "scanned" : "ERROR"} \u2014 ${p.detail} (${(p.ms / 1e3).toFixed(1)} s)
`),
      end: () => {
      }
    };
  }
  let errors = 0;
  return {
    report: (p) => {
      if (p.outcome === "error") errors++;
      const width = 30;
      const filled = Math.round(p.done / Math.max(1, p.total) * width);
      const name = p.repository.length > 40 ? `\u2026${p.repository.slice(-39)}` : p.repository;
      io2.stderr(`\r\x1B[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${p.done}/${p.total}${errors ? ` (${errors} failed)` : ""} ${name}`);
    },
    end: () => io2.stderr("\n")
  };
}
var orgCommand = {
  summary: "scan every repository of a GitHub organisation (default branches, as tarballs)",
  usage: `shadow-ai org <org> [options]

Lists the organisation's repositories through the GitHub API, downloads each
default branch as a tarball and scans it as a stream (nothing is written to
disk, no git runs). Each repository is held against its own inventory file if
it has one, else --inventory. Every repository ends up scanned or under
"errors" with the reason.

Options:
  -f, --format <${Object.keys(ORG_FORMATS).join("|")}>  output format (default: markdown)
  -o, --output <file>             write to a file (atomically) instead of stdout
  -i, --inventory <file>          the central inventory, for repositories without their own
      --token <token>             API token (default: $GITHUB_TOKEN)
      --api-url <url>             API base (default: $GITHUB_API_URL, else https://api.github.com)
      --include-archived          scan archived repositories too
      --include-forks             scan forks too
      --visibility <v>            only public, private or internal repositories (repeatable)
      --topic <topic>             only repositories with this topic (repeatable: any of them)
      --repo <glob>               only repositories whose name matches (repeatable)
      --exclude-repo <glob>       never repositories whose name matches (repeatable)
      --only <owner/name,\u2026>       scan exactly these repositories, without listing (a shard)
      --list                      print the selected repositories as JSON and stop
      --shards <n>                with --list: print a GitHub Actions matrix of at most n shards
      --per-shard <n>             with --shards: at least this many repositories per shard (default 1)
      --concurrency <n>           repositories scanned at once (default 4)
      --timeout <seconds>         per repository (default 600)
      --max-archive-bytes <n>     per repository, compressed and unpacked (default 1 GiB)
      --max-file-size <bytes>     skip files larger than this (default 1048576)
      --retries <n>               tries per API request on 429/403 rate limits, 5xx and
                                  network errors (default 5)
      --max-wait <seconds>        longest wait for a retry (retry-after, backoff; default 60)
      --progress <auto|bar|lines|none>  on stderr (auto: lines in CI, a bar on a terminal)
      --fail-on-error             exit 1 when any repository could not be scanned
      --fail-on-blocking          exit 1 when any repository has a blocking finding
`,
  async run(argv, io2) {
    const { values, positionals } = parseArgs5({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "markdown" },
        output: { type: "string", short: "o" },
        inventory: { type: "string", short: "i" },
        token: { type: "string" },
        "api-url": { type: "string" },
        "include-archived": { type: "boolean" },
        "include-forks": { type: "boolean" },
        visibility: { type: "string", multiple: true },
        topic: { type: "string", multiple: true },
        repo: { type: "string", multiple: true },
        "exclude-repo": { type: "string", multiple: true },
        only: { type: "string", multiple: true },
        list: { type: "boolean" },
        shards: { type: "string" },
        "per-shard": { type: "string" },
        concurrency: { type: "string" },
        timeout: { type: "string" },
        "max-archive-bytes": { type: "string" },
        "max-file-size": { type: "string" },
        retries: { type: "string" },
        "max-wait": { type: "string" },
        progress: { type: "string", default: "auto" },
        "fail-on-error": { type: "boolean" },
        "fail-on-blocking": { type: "boolean" }
      }
    });
    if (positionals.length !== 1) throw new UsageError("org takes one organisation name");
    const org = positionals[0];
    const render = ORG_FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(ORG_FORMATS).join(", ")})`);
    for (const v of values.visibility ?? []) {
      if (!VISIBILITIES.includes(v)) throw new UsageError(`--visibility takes ${VISIBILITIES.join(", ")}`);
    }
    if (!["auto", "bar", "lines", "none"].includes(values.progress)) throw new UsageError("--progress takes auto, bar, lines or none");
    if (values.shards !== void 0 && !values.list) throw new UsageError("--shards goes with --list");
    const api = {
      apiUrl: values["api-url"] || process.env.GITHUB_API_URL || "https://api.github.com",
      token: values.token || process.env.GITHUB_TOKEN || void 0,
      userAgent: `shadow-ai/${packageVersion()}`,
      retry: { attempts: positiveInt(values.retries, "--retries", 5), maxDelayMs: positiveInt(values["max-wait"], "--max-wait", 60) * 1e3 }
    };
    try {
      new URL(api.apiUrl);
    } catch {
      throw new UsageError(`--api-url: not a URL: ${api.apiUrl}`);
    }
    const filter = {
      archived: values["include-archived"],
      forks: values["include-forks"],
      visibility: values.visibility,
      topics: values.topic,
      include: values.repo,
      exclude: values["exclude-repo"]
    };
    if (values.list) {
      const listed = await listOrgRepos(org, api).catch((err) => {
        throw err instanceof ApiError2 ? new UsageError(err.reason) : err;
      });
      const { selected } = selectRepos(listed, filter);
      const out2 = values.shards !== void 0 ? { include: shard(selected, Math.min(256, positiveInt(values.shards, "--shards", 1)), positiveInt(values["per-shard"], "--per-shard", 1)).map((s) => ({ shard: s.shard, repos: s.repos.join(",") })) } : selected.map((r2) => ({ name: r2.fullName, defaultBranch: r2.defaultBranch ?? null, size: r2.size }));
      io2.stdout(`${JSON.stringify(out2)}
`);
      return 0;
    }
    let fallbackInventory;
    if (values.inventory) {
      const text = await readFile4(values.inventory, "utf8").catch((err) => {
        throw new UsageError(`${values.inventory}: cannot read the inventory: ${err.code ?? err.message}`);
      });
      parseInventory(text, { file: values.inventory, catalog: loadCatalog() });
      fallbackInventory = { text, file: values.inventory };
    }
    const mode = values.progress === "auto" ? process.env.CI === "true" ? "lines" : process.stderr.isTTY ? "bar" : "lines" : values.progress;
    const progress = progressReporter(io2, mode);
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    const generatedAt = (Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1e3) : /* @__PURE__ */ new Date()).toISOString();
    let result;
    try {
      result = await scanOrg({
        org,
        api,
        filter,
        only: values.only?.flatMap((o) => o.split(/[\s,]+/)).filter(Boolean),
        concurrency: positiveInt(values.concurrency, "--concurrency", 4),
        timeoutMs: positiveInt(values.timeout, "--timeout", 600) * 1e3,
        maxArchiveBytes: positiveInt(values["max-archive-bytes"], "--max-archive-bytes", 1024 * 1024 * 1024),
        maxFileSize: values["max-file-size"] ? positiveInt(values["max-file-size"], "--max-file-size", 0) : void 0,
        fallbackInventory,
        generatedAt,
        tool: { name: "shadow-ai", version: packageVersion(), catalogVersion: loadCatalog().version },
        progress: progress.report,
        onSelected: (total, skipped) => {
          if (mode !== "none") io2.stderr(`shadow-ai: ${total} repositories to scan in ${org}${skipped ? ` (${skipped} left out by filters)` : ""}
`);
        }
      });
    } catch (err) {
      if (err instanceof ApiError2) throw new UsageError(err.reason);
      throw err;
    } finally {
      progress.end();
    }
    const { report } = result;
    const out = render(report);
    if (values.output) await writeAtomic(values.output, out);
    else io2.stdout(out);
    const r = report.rollup.repositories;
    if (mode !== "none") io2.stderr(`shadow-ai: ${r.scanned} scanned, ${r.errors} not scanned, ${r.blocking} with blocking findings
`);
    if (values["fail-on-error"] && report.errors.length > 0) {
      io2.stderr(`shadow-ai: ${report.errors.length} repositories could not be scanned (--fail-on-error)
`);
      return 1;
    }
    return values["fail-on-blocking"] && r.blocking > 0 ? 1 : 0;
  }
};

// src/commands/scan.ts
import { readFile as readFile5, writeFile as writeFile5 } from "node:fs/promises";
import { parseArgs as parseArgs6 } from "node:util";

// src/report/cyclonedx.ts
import { createHash } from "node:crypto";
var PURL_TYPE = {
  npm: "npm",
  pypi: "pypi",
  go: "golang",
  maven: "maven",
  nuget: "nuget",
  rubygems: "gem",
  cargo: "cargo",
  composer: "composer"
};
function seg(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function purl(ecosystem, name) {
  const type = PURL_TYPE[ecosystem];
  let namespace = [];
  let base = name;
  if (ecosystem === "pypi") base = name.toLowerCase().replace(/[-_.]+/g, "-");
  else if (ecosystem === "maven" && name.includes(":")) {
    const [g, a] = name.split(":");
    namespace = [g];
    base = a;
  } else if (ecosystem === "npm" || ecosystem === "go" || ecosystem === "composer") {
    const parts = name.split("/");
    base = parts.pop();
    namespace = parts;
  }
  if (ecosystem === "composer" || ecosystem === "go") namespace = namespace.map((p) => p.toLowerCase());
  const ns = namespace.length ? `${namespace.map(seg).join("/")}/` : "";
  return { purl: `pkg:${type}/${ns}${seg(base)}`, ...namespace.length ? { group: namespace.join(ecosystem === "go" || ecosystem === "npm" || ecosystem === "composer" ? "/" : ".") } : {}, name: base };
}
function uuidV5(name) {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const h = createHash("sha1").update(namespace).update(name).digest();
  h[6] = h[6] & 15 | 80;
  h[8] = h[8] & 63 | 128;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
var prop = (name, value) => value ? [{ name: `shadow-ai:${name}`, value }] : [];
var INTERNAL_CATEGORIES = /* @__PURE__ */ new Set(["local-runtime"]);
function toCycloneDx(report, options = {}) {
  const rootRef = "shadow-ai:target";
  const serviceRef = (id) => `service:${id}`;
  const pkgs = /* @__PURE__ */ new Map();
  const addPkg = (e, vendor, framework) => {
    if (!e.ecosystem || !e.package) return;
    const p = purl(e.ecosystem, e.package).purl;
    let pkg = pkgs.get(p);
    if (!pkg) pkgs.set(p, pkg = { ecosystem: e.ecosystem, name: e.package, vendors: /* @__PURE__ */ new Set(), frameworks: /* @__PURE__ */ new Set(), first: e, transitive: true });
    if (vendor) pkg.vendors.add(vendor);
    if (framework) pkg.frameworks.add(framework);
    if (!e.transitive) pkg.transitive = false;
  };
  for (const v of report.vendors) for (const e of v.evidence) addPkg(e, e.via ? void 0 : v.id);
  for (const f of report.frameworks) {
    for (const e of f.evidence) {
      addPkg(e, void 0, f.id);
      if (e.ecosystem && e.package) for (const id of f.vendors) pkgs.get(purl(e.ecosystem, e.package).purl).vendors.add(id);
    }
  }
  const usedVendors = new Set(report.vendors.map((v) => v.id));
  const components = [...pkgs.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([ref, p]) => {
    const id = purl(p.ecosystem, p.name);
    return {
      type: "library",
      "bom-ref": ref,
      ...id.group ? { group: id.group } : {},
      name: id.name,
      purl: id.purl,
      properties: [
        ...prop("vendors", [...p.vendors].filter((v) => usedVendors.has(v)).sort().join(",")),
        ...prop("frameworks", [...p.frameworks].sort().join(",")),
        ...prop("evidence", `${p.first.file}:${p.first.line}`),
        ...prop("transitive", p.transitive ? "true" : void 0)
      ]
    };
  });
  const services = report.vendors.map((v) => {
    const spec = options.spec?.(v.id);
    const d = options.declared?.[v.id];
    const internal = INTERNAL_CATEGORIES.has(v.category);
    const endpoints = vendorHosts(v, spec).filter(isConcreteHost).map((h) => `https://${h}`);
    const classes = d?.["data-classes"]?.length ? d["data-classes"] : [v.declared ? "unspecified" : "unclassified (vendor not declared)"];
    return {
      "bom-ref": serviceRef(v.id),
      provider: { name: v.name, ...spec?.website ? { url: [spec.website] } : {} },
      name: v.name,
      description: `${v.category}: AI vendor ${v.status}${v.direct ? "" : " (transitive only)"}`,
      ...endpoints.length ? { endpoints } : {},
      authenticated: true,
      "x-trust-boundary": !internal,
      trustZone: internal ? "internal" : "third-party",
      data: classes.map((c) => ({ flow: internal ? "bi-directional" : "outbound", classification: c })),
      properties: [
        { name: "shadow-ai:vendor", value: v.id },
        { name: "shadow-ai:status", value: v.status },
        { name: "shadow-ai:declared", value: String(v.declared) },
        { name: "shadow-ai:direct", value: String(v.direct) },
        ...prop("regions", v.regions.join(",")),
        ...prop("models", v.models.join(",")),
        ...prop("frameworks", v.frameworks.join(",")),
        ...prop("residency", d?.residency?.join(",")),
        ...prop("evidence", v.evidence[0] ? `${v.evidence[0].file}:${v.evidence[0].line}` : void 0)
      ]
    };
  });
  const dependencies = [
    { ref: rootRef, dependsOn: [...components.map((c) => c["bom-ref"]), ...services.map((s) => s["bom-ref"])] },
    ...components.map((c) => ({
      ref: c["bom-ref"],
      dependsOn: [...pkgs.get(c["bom-ref"]).vendors].filter((v) => usedVendors.has(v)).sort().map(serviceRef)
    })),
    ...services.map((s) => ({ ref: s["bom-ref"], dependsOn: [] }))
  ];
  const body = {
    metadata: {
      tools: { components: [{ type: "application", name: report.tool.name, version: report.tool.version }] },
      component: {
        type: "application",
        "bom-ref": rootRef,
        name: report.target.root,
        ...report.target.commit ? { version: report.target.commit } : {}
      },
      properties: [
        { name: "shadow-ai:catalogVersion", value: report.tool.catalogVersion },
        ...prop("commit", report.target.commit ?? void 0),
        ...prop("inventory", report.inventory.path ?? void 0)
      ]
    },
    components,
    services,
    dependencies
  };
  const serial = `urn:uuid:${uuidV5(JSON.stringify(body))}`;
  const bom = { $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json", bomFormat: "CycloneDX", specVersion: "1.6", serialNumber: serial, version: 1, ...body };
  return `${JSON.stringify(bom, null, 2)}
`;
}

// src/commands/scan.ts
var FORMATS = {
  text: (r, verbose) => toText(r, { maxEvidence: verbose ? 0 : 8 }),
  json: (r) => toJson(r),
  sarif: (r) => toSarif(r),
  markdown: (r) => toMarkdown(r),
  cyclonedx: (r) => toCycloneDx(r, reportContext(r))
};
var scanCommand = {
  summary: "scan a directory (default: .) and report the AI vendors it uses",
  usage: `shadow-ai scan [path] [options]

Options:
  -f, --format <${Object.keys(FORMATS).join("|")}>  output format (default: text)
  -o, --output <file>             write the report to a file instead of stdout
      --exclude <glob>            skip paths matching a gitignore-style glob (repeatable)
      --max-file-size <bytes>     skip files larger than this (default: 1048576)
  -i, --inventory <file>          the inventory (default: .github/ai-vendors.yml,
                                  .github/ai-vendors.yaml or ai-vendors.yml under the path)
      --org-inventory <file|owner/repo/path@ref>
                                  an organisation inventory the repository's refines
                                  (from GitHub with GITHUB_TOKEN when given as owner/repo/path@ref)
                                  (precedence: built-in catalog < organisation < repository;
                                  a repository may narrow a vendor's status, never widen it)
  -b, --baseline <file>           findings to accept (default: .github/shadow-ai-baseline.json if present)
      --no-baseline               ignore the default baseline
      --files-from <file|->       scan only the files listed (one path per line, relative to
                                  the scanned path, as \`git diff --name-only\` prints them;
                                  - reads standard input): a partial report, no walk
  -v, --verbose                   text: list every piece of evidence
`,
  async run(argv, io2) {
    const { values, positionals } = parseArgs6({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        exclude: { type: "string", multiple: true },
        "max-file-size": { type: "string" },
        verbose: { type: "boolean", short: "v" },
        inventory: { type: "string", short: "i" },
        "org-inventory": { type: "string" },
        baseline: { type: "string", short: "b" },
        "no-baseline": { type: "boolean" },
        "files-from": { type: "string" }
      }
    });
    if (positionals.length > 1) throw new UsageError("scan takes one path");
    const render = FORMATS[values.format];
    if (!render) throw new UsageError(`unknown format '${values.format}' (one of: ${Object.keys(FORMATS).join(", ")})`);
    let maxFileSize;
    if (values["max-file-size"] !== void 0) {
      maxFileSize = Number(values["max-file-size"]);
      if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError("--max-file-size takes a positive number of bytes");
    }
    const only = values["files-from"] === void 0 ? void 0 : await readList(values["files-from"]);
    const report = await scan(positionals[0] ?? ".", {
      only,
      exclude: values.exclude,
      maxFileSize,
      inventory: values.inventory,
      orgInventory: await resolveOrgInventory(values["org-inventory"]),
      baseline: values.baseline,
      noBaseline: values["no-baseline"]
    });
    const out = render(report, values.verbose ?? false);
    if (values.output) await writeFile5(values.output, out);
    else io2.stdout(out);
    return report.findings.some((f) => f.blocking && !f.suppressed) ? 1 : 0;
  }
};
async function readList(from) {
  let text;
  try {
    text = from === "-" ? await readStdin() : await readFile5(from, "utf8");
  } catch (err) {
    throw new UsageError(`--files-from: cannot read ${from}: ${err.code ?? err.message}`);
  }
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// src/cli.ts
var COMMANDS = {
  scan: scanCommand,
  init: initCommand,
  baseline: baselineCommand,
  merge: mergeCommand,
  evidence: evidenceCommand,
  org: orgCommand
};
function help() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const list = Object.entries(COMMANDS).map(([name, c]) => `  shadow-ai ${name.padEnd(width)}  ${c.summary}`).join("\n");
  return `shadow-ai \u2014 find every AI vendor a codebase talks to

Usage:
${list}

  shadow-ai <command> --help   options of one command
  shadow-ai --version

Exit codes: 0 nothing blocks \xB7 1 a blocking finding \xB7 2 usage or configuration error
`;
}
async function main(argv, io2) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V") {
    io2.stdout(`${packageVersion()}
`);
    return 0;
  }
  if (!first || first === "--help" || first === "-h" || first === "help") {
    io2.stdout(help());
    return first ? 0 : 2;
  }
  const command = COMMANDS[first];
  if (!command) throw new UsageError(`unknown command '${first}' (commands: ${Object.keys(COMMANDS).join(", ")})`);
  if (rest.includes("--help") || rest.includes("-h")) {
    io2.stdout(command.usage);
    return 0;
  }
  return command.run(rest, io2);
}
var io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const usage = err instanceof UsageError || err instanceof ConfigError || String(err.code).startsWith("ERR_PARSE_ARGS");
    io.stderr(usage ? `shadow-ai: ${err.message}
` : `shadow-ai: internal error: ${err.stack ?? err}
`);
    process.exitCode = 2;
  }
);
export {
  main
};
