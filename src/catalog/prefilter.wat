;; The catalog's byte prefilter (token-bytes.ts) in WebAssembly: the same
;; rolling three-byte key, hashed table and byte-by-byte confirmation, without a
;; JIT's warm-up and bounds checks. token-bytes-wasm.ts lays the tables out and
;; keeps the JavaScript tester for what this module does not take; the tests
;; hold both to the RegExp. scripts/build-wasm.mjs assembles it into
;; prefilter-wasm.ts.
;;
;; Memory (byte offsets), written by the host before any scan:
;;   0       WORD_CHAR: u8[256], 1 for [A-Za-z0-9_]
;;   1024    SLOT: u16[65536], 0 or 1 + a list's index
;;   $lists  per list: u32 first candidate, u32 count
;;   $cands  per candidate: u32 address of its bytes, u16 length, u8 offset of its key, u8 whole word
;;   then the tokens' bytes, then the text (from `base`)
(module
  (memory (export "memory") 4)
  (global $lists (mut i32) (i32.const 0))
  (global $cands (mut i32) (i32.const 0))
  (func (export "layout") (param $lists i32) (param $cands i32)
    (global.set $lists (local.get $lists))
    (global.set $cands (local.get $cands)))

  ;; The slot of a key: 0 (no token has it) or 1 + its list's index.
  (func $slot (param $key i32) (result i32)
    (i32.load16_u offset=1024
      (i32.shl (i32.shr_u (i32.mul (local.get $key) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))

  ;; Whether text[p - 1] lets a word start at p: no byte, a non-word byte, or
  ;; the letter of a `\n`, `\r`, `\t` escape.
  (func $wordStart (param $base i32) (param $p i32) (result i32)
    (local $c i32)
    (if (i32.eqz (local.get $p)) (then (return (i32.const 1))))
    (local.set $c (i32.load8_u (i32.add (local.get $base) (i32.sub (local.get $p) (i32.const 1)))))
    (if (i32.eqz (i32.load8_u (local.get $c))) (then (return (i32.const 1))))
    (i32.and
      (i32.or (i32.or (i32.eq (local.get $c) (i32.const 110)) (i32.eq (local.get $c) (i32.const 114))) (i32.eq (local.get $c) (i32.const 116)))
      (i32.and (i32.ge_u (local.get $p) (i32.const 2))
        (i32.eq (i32.load8_u (i32.add (local.get $base) (i32.sub (local.get $p) (i32.const 2)))) (i32.const 92)))))

  ;; Whether a candidate of slot s (0: none) occurs with its key's last byte at
  ;; text index j: token-bytes.ts `at`.
  (func $at (param $s i32) (param $j i32) (param $base i32) (param $n i32) (result i32)
    (local $list i32) (local $c i32) (local $last i32) (local $cand i32) (local $len i32) (local $start i32) (local $end i32) (local $tok i32) (local $k i32)
    (if (i32.or (i32.eqz (local.get $s)) (i32.lt_u (local.get $j) (i32.const 2))) (then (return (i32.const 0))))
    (local.set $list (i32.add (global.get $lists) (i32.shl (i32.sub (local.get $s) (i32.const 1)) (i32.const 3))))
    (local.set $c (i32.load (local.get $list)))
    (local.set $last (i32.add (local.get $c) (i32.load offset=4 (local.get $list))))
    (block $none
      (loop $candidates
        (br_if $none (i32.ge_u (local.get $c) (local.get $last)))
        (block $miss
          (local.set $cand (i32.add (global.get $cands) (i32.shl (local.get $c) (i32.const 3))))
          (local.set $len (i32.load16_u offset=4 (local.get $cand)))
          ;; where the token would start: its key starts at j - 2
          (br_if $miss (i32.lt_u (i32.sub (local.get $j) (i32.const 2)) (i32.load8_u offset=6 (local.get $cand))))
          (local.set $start (i32.sub (i32.sub (local.get $j) (i32.const 2)) (i32.load8_u offset=6 (local.get $cand))))
          (local.set $end (i32.add (local.get $start) (local.get $len)))
          (br_if $miss (i32.gt_u (local.get $end) (local.get $n)))
          (local.set $tok (i32.load (local.get $cand)))
          (local.set $k (i32.const 0))
          (block $same
            (loop $bytes
              (br_if $same (i32.ge_u (local.get $k) (local.get $len)))
              (br_if $miss (i32.ne
                (i32.load8_u (i32.add (local.get $base) (i32.add (local.get $start) (local.get $k))))
                (i32.load8_u (i32.add (local.get $tok) (local.get $k)))))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $bytes)))
          (if (i32.load8_u offset=7 (local.get $cand))
            (then
              ;; a whole word: no word byte after it, and a word start before it
              (if (i32.lt_u (local.get $end) (local.get $n))
                (then (br_if $miss (i32.load8_u (i32.load8_u (i32.add (local.get $base) (local.get $end)))))))
              (br_if $miss (i32.eqz (call $wordStart (local.get $base) (local.get $start))))))
          (return (i32.const 1)))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $candidates)))
    (i32.const 0))

  ;; 1 when a token occurs in the n bytes at base, keyed by three of its bytes
  ;; (a two-byte whole word that ends the text has no third: the host asks that).
  (func (export "scan") (param $base i32) (param $n i32) (result i32)
    (local $p i32) (local $j i32) (local $key i32) (local $k0 i32) (local $s0 i32) (local $k1 i32) (local $s1 i32) (local $k2 i32) (local $s2 i32) (local $k3 i32) (local $s3 i32) (local $k4 i32) (local $s4 i32) (local $k5 i32) (local $s5 i32) (local $k6 i32) (local $s6 i32) (local $k7 i32) (local $s7 i32)
    ;; Eight bytes a step with one test of their eight slots, as token-bytes.ts
    ;; does: a candidate is one byte in ~70, a branch per byte costs more. The
    ;; slot look-up is written out: V8 does not inline a call here.
    (block $blocks
      (loop $block
        (br_if $blocks (i32.gt_u (i32.add (local.get $j) (i32.const 8)) (local.get $n)))
        (local.set $p (i32.add (local.get $base) (local.get $j)))
        (local.set $k0 (i32.and (i32.or (i32.shl (local.get $key) (i32.const 8)) (i32.load8_u offset=0 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s0 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k0) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $k1 (i32.and (i32.or (i32.shl (local.get $k0) (i32.const 8)) (i32.load8_u offset=1 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s1 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k1) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $k2 (i32.and (i32.or (i32.shl (local.get $k1) (i32.const 8)) (i32.load8_u offset=2 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s2 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k2) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $k3 (i32.and (i32.or (i32.shl (local.get $k2) (i32.const 8)) (i32.load8_u offset=3 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s3 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k3) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $k4 (i32.and (i32.or (i32.shl (local.get $k3) (i32.const 8)) (i32.load8_u offset=4 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s4 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k4) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $k5 (i32.and (i32.or (i32.shl (local.get $k4) (i32.const 8)) (i32.load8_u offset=5 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s5 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k5) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $k6 (i32.and (i32.or (i32.shl (local.get $k5) (i32.const 8)) (i32.load8_u offset=6 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s6 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k6) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $k7 (i32.and (i32.or (i32.shl (local.get $k6) (i32.const 8)) (i32.load8_u offset=7 (local.get $p))) (i32.const 0xffffff)))
        (local.set $s7 (i32.load16_u offset=1024 (i32.shl (i32.shr_u (i32.mul (local.get $k7) (i32.const 0x9e3779b1)) (i32.const 16)) (i32.const 1))))
        (local.set $key (local.get $k7))
        (if (i32.or (i32.or (i32.or (i32.or (i32.or (i32.or (i32.or (local.get $s0) (local.get $s1)) (local.get $s2)) (local.get $s3)) (local.get $s4)) (local.get $s5)) (local.get $s6)) (local.get $s7))
          (then
            (if (call $at (local.get $s0) (i32.add (local.get $j) (i32.const 0)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
            (if (call $at (local.get $s1) (i32.add (local.get $j) (i32.const 1)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
            (if (call $at (local.get $s2) (i32.add (local.get $j) (i32.const 2)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
            (if (call $at (local.get $s3) (i32.add (local.get $j) (i32.const 3)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
            (if (call $at (local.get $s4) (i32.add (local.get $j) (i32.const 4)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
            (if (call $at (local.get $s5) (i32.add (local.get $j) (i32.const 5)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
            (if (call $at (local.get $s6) (i32.add (local.get $j) (i32.const 6)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
            (if (call $at (local.get $s7) (i32.add (local.get $j) (i32.const 7)) (local.get $base) (local.get $n)) (then (return (i32.const 1))))))
        (local.set $j (i32.add (local.get $j) (i32.const 8)))
        (br $block)))
    (block $rest
      (loop $byte
        (br_if $rest (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $key (i32.and (i32.or (i32.shl (local.get $key) (i32.const 8)) (i32.load8_u (i32.add (local.get $base) (local.get $j)))) (i32.const 0xffffff)))
        (if (call $at (call $slot (local.get $key)) (local.get $j) (local.get $base) (local.get $n)) (then (return (i32.const 1))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $byte)))
    (i32.const 0))
)
