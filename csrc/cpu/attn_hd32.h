// Forward fast path for head_dim 32 and N <= 64 (every PST stage, 2D Swin), AVX-512.
// Included by csrc/cpu/isa/avx512.cpp three times inside namespace isa_avx512, after
// attn_core.h, with TPS_HD32_BF16 = 0 in namespace hd32_f32 (float32: FMA dot products,
// compiled for the enclosing AVX-512 target), = 1 in namespace hd32_bf16 (bfloat16:
// vdpbf16ps, two bf16 products per fp32 lane; those functions carry the AVX512-BF16 target)
// and = 2 in namespace hd32_bf16_f32 (bfloat16 storage on AVX-512 without BF16: q, k, v
// widened to float32 as they are copied, then the float32 kernel; the output rounded back).
// No include guard.
//
// Per (window, head), 4 query rows at a time: their S rows stay in registers from the dot
// products through bias, mask, max, exp and the store of P (S is never stored); exp is exp2
// with log2(e) folded into the max subtraction (roundscale + polynomial + scalef); the row
// max / sum reductions of the 4 rows run together. P v runs in blocks of 8 rows whose
// epilogue applies 1 / sum and writes the output rows in place. N = 16 k + 1 (7 x 7
// windows: 49) keeps the last key out of the 16-lane vectors ("tail"): its scores come from
// one dot product per row, its exp is done 4 rows at a time and it enters P v as a rank-1
// fp32 term, instead of a vector with one useful lane through every step (a quarter of the
// dot products and of the softmax). Per head, q is copied compact and k transposed once;
// float32 v is read straight from the qkv rows, bf16 v interleaved into pairs (= 1) or
// widened to float32 rows (= 2).
//
// Dot-product unit: 32 bits of a head row (a bf16 pair, or one float): kUnits per row.

#if TPS_HD32_BF16 == 1
#define HD32_FN TPS_BF16_TARGET static inline
#define HD32_KERNEL TPS_BF16_TARGET static
typedef uint16_t Elem;
constexpr int kIn = kBF16;  // the storage type, as attn_core.h names it
constexpr bool kPairs = true;
#else
#define HD32_FN static inline
#define HD32_KERNEL static
#if TPS_HD32_BF16 == 2
typedef uint16_t Elem;
constexpr int kIn = kBF16;
#else
typedef float Elem;
constexpr int kIn = kF32;
#endif
constexpr bool kPairs = false;
#endif
constexpr int64_t kUnits = kPairs ? 16 : 32;

// The 16 units u .. u + 15 of a head row p (bf16 storage without pairs: widened to float32)
HD32_FN __m512i load_units(const Elem* p, int64_t u) {
  if constexpr (kIn == kBF16 && !kPairs) {
    const VT<float>::V v = vload_float<kBF16>(p + u);
    __m512i r;
    __builtin_memcpy(&r, &v, 64);
    return r;
  } else {
    return _mm512_loadu_si512((const uint32_t*)p + u);
  }
}

// 16 floats stored at dst in the storage type (bf16: rounded to nearest even)
template <bool STREAM>
HD32_FN void store16(Elem* dst, __m512 x) {
  VT<float>::V v;
  __builtin_memcpy(&v, &x, 64);
  vstore_float<kIn, STREAM>(dst, v);
}

// acc + a . b per 32-bit unit (bf16: a pair of products; float32: one FMA)
HD32_FN __m512 dot(__m512 acc, __m512i a, __m512i b) {
#if TPS_HD32_BF16 == 1
  return _mm512_dpbf16_ps(acc, (__m512bh)a, (__m512bh)b);
#else
  return _mm512_fmadd_ps(_mm512_castsi512_ps(a), _mm512_castsi512_ps(b), acc);
#endif
}

// 2^t for t <= 0 (after the max subtraction): 2^round(t) (scalef) times a minimax polynomial
// of 2^f on [-1/2, 1/2] (least squares refined by Lawson iterations): degree 5 for float32
// (rel. error 1.5e-7, as the Cephes exp of attn_core.h), degree 4 for bfloat16 (2.7e-6; P
// is rounded to bf16 anyway). Clamped at -126 so scalef stays in normal floats; callers zero
// padded lanes themselves.
HD32_FN __m512 exp2_nonpositive(__m512 t) {
  t = _mm512_max_ps(t, _mm512_set1_ps(-126.0f));
  const __m512 r = _mm512_roundscale_ps(t, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  const __m512 f = _mm512_sub_ps(t, r);
#if TPS_HD32_BF16 == 1
  __m512 p = _mm512_set1_ps(9.570101276e-3f);
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(5.591786280e-2f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(2.402474433e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(6.931217909e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(9.999992847e-1f));
#else
  __m512 p = _mm512_set1_ps(1.327647129e-3f);
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(9.675541893e-3f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(5.550713092e-2f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(2.402212024e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(6.931469440e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(1.000000119e+0f));
#endif
  return _mm512_scalef_ps(p, r);
}

// Lane r of the result = max (IS_MAX) or sum of all 16 lanes of v[r], r = 0..3; fixed order.
template <bool IS_MAX>
HD32_FN __m128 reduce4(const __m512 v[4]) {
  auto op = [](__m256 x, __m256 y) { return IS_MAX ? _mm256_max_ps(x, y) : _mm256_add_ps(x, y); };
  __m256 h[4];
  for (int r = 0; r < 4; ++r)
    h[r] = op(_mm512_castps512_ps256(v[r]), _mm512_extractf32x8_ps(v[r], 1));
  const __m256 t0 = op(_mm256_unpacklo_ps(h[0], h[1]), _mm256_unpackhi_ps(h[0], h[1]));
  const __m256 t1 = op(_mm256_unpacklo_ps(h[2], h[3]), _mm256_unpackhi_ps(h[2], h[3]));
  const __m256 u = op(_mm256_shuffle_ps(t0, t1, 0x44), _mm256_shuffle_ps(t0, t1, 0xEE));
  const __m128 lo = _mm256_castps256_ps128(u), hi = _mm256_extractf128_ps(u, 1);
  return IS_MAX ? _mm_max_ps(lo, hi) : _mm_add_ps(lo, hi);
}

// What the row blocks of one (window, head) share.
struct Head {
  const Elem* qkv;             // qkv rows (3C wide)
  const int64_t* rows;         // the window's source rows
  int64_t c, h;                // C, head
  const uint32_t* kt;          // (kUnits, np) k units, transposed
  const uint32_t* qbuf;        // (N, kUnits) q units, compact
  __m512i klast[kUnits / 16];  // k units of the last key (TAIL)
  const float* bias;           // (N, np) bias rows (a.bm, ws.bias) of this head, or nullptr
  const float* table;          // (R, heads) for the gather
  const int64_t* index;        // (N, N) index plane for the gather
  const float* mask;           // (N, np) explicit mask rows, or nullptr
  const float* lab;            // (np) region labels, or nullptr (no region mask)
  float* bias_tmp;             // 4 x np scratch for gathered bias rows
  uint32_t* p;                 // (nr, punits) P rows: bf16 pairs or floats
  int64_t punits;              // 32-bit units per P row
  float *ptail, *rowm, *rowv;
  int64_t n, np, heads;
  float scale, mask_value;
  const Elem* q(int64_t i) const { return qkv + rows[i] * 3 * c + h * 32; }
  const Elem* v(int64_t i) const { return qkv + rows[i] * 3 * c + 2 * c + h * 32; }
};

// Scores, softmax and P of rows i0 .. i0 + R - 1 (R <= 4; rows >= N are padding whose
// results nobody reads). NV: 16-column key vectors; TAIL: see fwd_hd32.
template <int NV, bool TAIL, int R>
HD32_FN void softmax_rows(const Head& hd, int64_t i0) {
  const int64_t n = hd.n, np = hd.np;
  const __m512 scale = _mm512_set1_ps(hd.scale), log2e = _mm512_set1_ps(1.44269504088896341f);
  const __m512 mask_value = _mm512_set1_ps(hd.mask_value);
  const __mmask16 last = TAIL ? (__mmask16)0xffff : (__mmask16)((1u << (n - (NV - 1) * 16)) - 1u);
  const uint32_t* qrow[R];
  for (int r = 0; r < R; ++r) qrow[r] = hd.qbuf + (i0 + r < n ? i0 + r : n - 1) * kUnits;
  __m512 x[R][NV];
  for (int r = 0; r < R; ++r)
    for (int j = 0; j < NV; ++j) x[r][j] = _mm512_setzero_ps();
  for (int64_t k = 0; k < kUnits; ++k) {  // S = q k^T
    __m512i kb[NV];
    for (int j = 0; j < NV; ++j) kb[j] = _mm512_loadu_si512(hd.kt + k * np + j * 16);
    for (int r = 0; r < R; ++r) {
      const __m512i q = _mm512_set1_epi32((int)qrow[r][k]);
      for (int j = 0; j < NV; ++j) x[r][j] = dot(x[r][j], q, kb[j]);
    }
  }
  // + bias (+ mask), row maxima; rows r >= R of the 4-wide reductions repeat row 0
  const float* brow[R];
  const float* mrow[R];
  __m512 mx[4];
  for (int r = 0; r < R; ++r) {
    const int64_t i = i0 + r < n ? i0 + r : n - 1;  // padding rows read a valid row
    if (hd.bias != nullptr) {
      brow[r] = hd.bias + i * np;
    } else {  // few windows per bias plane: gather the row from the table here
      float* tmp = hd.bias_tmp + r * np;
      const int64_t* ip = hd.index + i * n;
      for (int64_t j = 0; j < n; ++j) tmp[j] = hd.table[ip[j] * hd.heads + hd.h];
      brow[r] = tmp;
    }
    mrow[r] = hd.mask != nullptr ? hd.mask + i * np : nullptr;
    const __m512 li = _mm512_set1_ps(hd.lab != nullptr ? hd.lab[i0 + r] : 0.0f);
    mx[r] = _mm512_set1_ps(-__builtin_inff());
    for (int j = 0; j < NV; ++j) {
      const __mmask16 valid = j == NV - 1 ? last : (__mmask16)0xffff;
      __m512 v = _mm512_fmadd_ps(x[r][j], scale, _mm512_maskz_loadu_ps(valid, brow[r] + j * 16));
      if (hd.lab != nullptr) {
        const __mmask16 other =
            _mm512_cmp_ps_mask(_mm512_loadu_ps(hd.lab + j * 16), li, _CMP_NEQ_UQ);
        v = _mm512_mask_add_ps(v, other, v, mask_value);
      } else if (mrow[r] != nullptr) {
        v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(valid, mrow[r] + j * 16));
      }
      x[r][j] = v;
      mx[r] = _mm512_mask_max_ps(mx[r], valid, v, mx[r]);
    }
  }
  for (int r = R; r < 4; ++r) mx[r] = mx[0];
  __m128 m4 = reduce4<true>(mx);
  __m128 xt4 = _mm_setzero_ps();
  if (TAIL) {  // scores of the last key, 4 rows at once
    __m512 td[4];
    float bt[4], mt[4] = {0, 0, 0, 0};
    for (int r = 0; r < 4; ++r) {
      const int rr = r < R ? r : 0;
      td[r] = _mm512_setzero_ps();
      for (int64_t u = 0; u < kUnits / 16; ++u)
        td[r] = dot(td[r], _mm512_loadu_si512(qrow[rr] + 16 * u), hd.klast[u]);
      bt[r] = brow[rr][n - 1];
      if (mrow[rr] != nullptr) mt[r] = mrow[rr][n - 1];
    }
    xt4 = _mm_fmadd_ps(reduce4<false>(td), _mm_set1_ps(hd.scale), _mm_loadu_ps(bt));
    if (hd.lab != nullptr) {
      const __mmask8 other =
          _mm_cmp_ps_mask(_mm_loadu_ps(hd.lab + i0), _mm_set1_ps(hd.lab[n - 1]), _CMP_NEQ_UQ);
      xt4 = _mm_mask_add_ps(xt4, other, xt4, _mm_set1_ps(hd.mask_value));
    } else if (hd.mask != nullptr) {
      xt4 = _mm_add_ps(xt4, _mm_loadu_ps(mt));
    }
    m4 = _mm_max_ps(m4, xt4);
  }
  alignas(16) float m2[4];  // row max in log2 units
  _mm_store_ps(m2, _mm_mul_ps(m4, _mm_set1_ps(1.44269504088896341f)));
  __m512 sum[4];
  for (int r = 0; r < R; ++r) {
    const __m512 neg_m2 = _mm512_set1_ps(-m2[r]);
    sum[r] = _mm512_setzero_ps();
    __m512 e[NV];
    for (int j = 0; j < NV; ++j) {
      e[j] = exp2_nonpositive(_mm512_fmadd_ps(x[r][j], log2e, neg_m2));
      if (!TAIL && j == NV - 1) e[j] = _mm512_maskz_mov_ps(last, e[j]);
      sum[r] = _mm512_add_ps(sum[r], e[j]);
    }
    uint32_t* prow = hd.p + (i0 + r) * hd.punits;
#if TPS_HD32_BF16 == 1
    for (int j = 0; j + 1 < NV; j += 2)
      _mm512_storeu_si512(prow + j * 8, (__m512i)_mm512_cvtne2ps_pbh(e[j + 1], e[j]));
    if (NV % 2)
      _mm256_storeu_si256((__m256i*)(prow + (NV - 1) * 8), (__m256i)_mm512_cvtneps_pbh(e[NV - 1]));
#else
    for (int j = 0; j < NV; ++j) _mm512_storeu_ps(prow + j * 16, e[j]);
#endif
  }
  for (int r = R; r < 4; ++r) sum[r] = sum[0];
  __m128 s4 = reduce4<false>(sum);
  if (TAIL) {
    const __m128 t = _mm_fmsub_ps(xt4, _mm_set1_ps(1.44269504088896341f), _mm_load_ps(m2));
    const __m128 et4 = _mm512_castps512_ps128(exp2_nonpositive(_mm512_castps128_ps512(t)));
    s4 = _mm_add_ps(s4, et4);
    _mm_storeu_ps(hd.ptail + i0, et4);
  }
  _mm_storeu_ps(hd.rowv + i0, s4);  // the 4-row arrays have round_up(N, 16) entries
  _mm_storeu_ps(hd.rowm + i0, m4);
}

// Rows [i0, i0 + R) of O = P v (R x 32 fp32 in registers; + ptail[r] v_last for the tail
// key), scaled by rowv[r] = 1 / row sum and written to out + rows[r] * C + h * 32; rows >= N
// are padding and not written. B = the v pairs (bf16, kPairs), the v rows in qkv (float32)
// or the widened v rows in vbuf (bf16 storage without pairs).
template <int R, bool TAIL>
HD32_FN void pv_rows(const Head& hd, const uint32_t* vpairs, int64_t kp, const __m512 vlast[2],
                     Elem* out, int64_t i0) {
  __m512 acc[R][2];
  for (int r = 0; r < R; ++r) acc[r][0] = acc[r][1] = _mm512_setzero_ps();
  const uint32_t* prow = hd.p + i0 * hd.punits;
  for (int64_t k = 0; k < kp; ++k) {
    const uint32_t* vk = kIn == kF32 ? (const uint32_t*)hd.v(k) : vpairs + k * 32;
    const __m512i b0 = _mm512_loadu_si512(vk), b1 = _mm512_loadu_si512(vk + 16);
    for (int r = 0; r < R; ++r) {
      const __m512i a = _mm512_set1_epi32((int)prow[r * hd.punits + k]);
      acc[r][0] = dot(acc[r][0], a, b0);
      acc[r][1] = dot(acc[r][1], a, b1);
    }
  }
  // unrolled: a loop indexing acc[r] at run time keeps acc on the stack, stored to memory on
  // every k above (seen with the bf16 epilogue)
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r) {
    if (i0 + r >= hd.n) break;
    if (TAIL) {
      const __m512 p = _mm512_set1_ps(hd.ptail[i0 + r]);
      acc[r][0] = _mm512_fmadd_ps(p, vlast[0], acc[r][0]);
      acc[r][1] = _mm512_fmadd_ps(p, vlast[1], acc[r][1]);
    }
    const __m512 s = _mm512_set1_ps(hd.rowv[i0 + r]);
    Elem* dst = out + hd.rows[i0 + r] * hd.c + hd.h * 32;
    const bool stream = can_stream<kIn>(dst, 32);  // written once: non-temporal when aligned
#if TPS_HD32_BF16 == 1
    const __m512i o =
        (__m512i)_mm512_cvtne2ps_pbh(_mm512_mul_ps(acc[r][1], s), _mm512_mul_ps(acc[r][0], s));
    if (stream)
      put<true>(dst, o);
    else
      _mm512_storeu_si512(dst, o);
#else
    const __m512 o0 = _mm512_mul_ps(acc[r][0], s), o1 = _mm512_mul_ps(acc[r][1], s);
    if (stream) {
      store16<true>(dst, o0);
      store16<true>(dst + 16, o1);
    } else {
      store16<false>(dst, o0);
      store16<false>(dst + 16, o1);
    }
#endif
  }
}

// NV: 16-column vectors of keys in registers. TAIL: N = 16 NV + 1 (the last key apart);
// otherwise N <= 16 NV, the last vector partly padding (masked).
template <int NV, bool TAIL>
HD32_KERNEL void fwd_hd32(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws_raw) {
  constexpr int64_t nf = NV * 16;  // keys in the vectors
  Work<float> ws = workspace<float>(a, false, ws_raw);
  const int64_t n = a.g.n_slots, c = a.num_heads * 32, np = a.np;
  const Elem* qkv = (const Elem*)a.qkv;
  Elem* out = (Elem*)a.out;
  uint32_t* kt = (uint32_t*)ws.kt;   // (kUnits, np)
  uint32_t* qbuf = (uint32_t*)ws.v;  // (nr, kUnits)
  Head hd{};
  hd.qkv = qkv;
  hd.c = c;
  hd.kt = kt;
  hd.qbuf = qbuf;
  hd.table = (const float*)a.bias_table;
  hd.bias_tmp = ws.q;
#if TPS_HD32_BF16 == 1
  hd.p = (uint32_t*)ws.p16;
  hd.punits = np / 2;
  const int64_t kp = TAIL ? nf / 2 : (n + 1) / 2;  // key pairs in P v
  uint32_t* vpairs = ws.vp;                        // (kp, 32) pairs of v rows
  const __m512i lo_idx =
      _mm512_set_epi16(47, 15, 46, 14, 45, 13, 44, 12, 43, 11, 42, 10, 41, 9, 40, 8, 39, 7, 38, 6,
                       37, 5, 36, 4, 35, 3, 34, 2, 33, 1, 32, 0);
  const __m512i hi_idx = _mm512_add_epi16(lo_idx, _mm512_set1_epi16(16));
#else
  hd.p = (uint32_t*)ws.s;
  hd.punits = np;
  const int64_t kp = TAIL ? nf : n;  // keys in P v
  uint32_t* vpairs = ws.vp;          // bf16 storage: (kp, 32) widened v rows; float32: unused
#endif
  hd.ptail = ws.o;
  hd.rowm = ws.rowm;
  hd.rowv = ws.rowv;
  hd.n = n;
  hd.np = np;
  hd.heads = a.num_heads;
  hd.scale = (float)a.scale;
  hd.mask_value = (float)a.mask_value;
  const int64_t row_bytes = 3 * c * (int64_t)sizeof(Elem);
  if (begin < end) {
    window_rows(a, begin, ws.rows_next);
    prefetch_rows(qkv, ws.rows_next, n, 3 * c, false);
  }
  const int64_t pf_per_row = prefetch_lines_per_row(a, row_bytes);
  // few windows per bias plane: the window's bias rows gathered once for all heads, where
  // whole tiles of heads can be (else each 4-row block gathers its rows from the table)
  const bool tiled_bias =
      a.bm == nullptr && a.bias_gather_index != nullptr && window_bias_tiled<float>(a);
  for (int64_t w = begin; w < end; ++w) {
    PrefetchCursor pf;
    if (advance_rows(a, ws, w, end)) pf.reset(qkv, ws.rows_next, n, row_bytes);
    hd.rows = ws.rows;
    hd.lab = window_labels(a, w, ws) ? ws.lab : nullptr;
    const int64_t plane = a.bias_plane(w);
    hd.mask =
        a.mask != nullptr ? (const float*)a.mask + (w % a.num_mask_windows) * n * np : nullptr;
    hd.index = a.bias_index != nullptr ? a.bias_index + plane * n * n : nullptr;
    if (tiled_bias) window_bias(a, w, ws);  // every head's rows at once, in register tiles
    for (int64_t h = 0; h < a.num_heads; ++h) {
      hd.h = h;
      for (int64_t i = 0; i < n; ++i)  // q units, compact (read 16-32 times per row block)
        for (int64_t u = 0; u < kUnits; u += 16)
          _mm512_storeu_si512(qbuf + i * kUnits + u, load_units(hd.q(i), u));
      // k units transposed in registers, 16 keys x 16 units at a time
      for (int64_t b = 0; b < nf; b += 16) {
        for (int64_t u = 0; u < kUnits; u += 16) {
          __m512i r[16];
          for (int64_t i = 0; i < 16; ++i)
            r[i] = b + i < n ? load_units(hd.q(b + i) + c, u) : _mm512_setzero_si512();
          transpose16x16_store(r, kt + u * np + b, np);
        }
      }
      __m512 vlast[2] = {_mm512_setzero_ps(), _mm512_setzero_ps()};
      if (TAIL) {
        for (int64_t u = 0; u < kUnits / 16; ++u) hd.klast[u] = load_units(hd.q(n - 1) + c, 16 * u);
        for (int x = 0; x < 2; ++x) {
#if TPS_HD32_BF16  // bf16 -> fp32: the bits in the upper half
          vlast[x] = _mm512_castsi512_ps(_mm512_slli_epi32(
              _mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i*)(hd.v(n - 1) + 16 * x))),
              16));
#else
          vlast[x] = _mm512_loadu_ps(hd.v(n - 1) + 16 * x);
#endif
        }
      }
#if TPS_HD32_BF16 == 2
      for (int64_t j = 0; j < kp; ++j)  // v rows widened to float32
        for (int64_t u = 0; u < 32; u += 16)
          _mm512_storeu_si512(vpairs + j * 32 + u, load_units(hd.v(j), u));
#elif TPS_HD32_BF16 == 1
      for (int64_t j2 = 0; j2 < kp; ++j2) {  // v rows 2 j2, 2 j2 + 1 interleaved into pairs
        const __m512i v0 = _mm512_loadu_si512(hd.v(2 * j2));
        const __m512i v1 =
            2 * j2 + 1 < n ? _mm512_loadu_si512(hd.v(2 * j2 + 1)) : _mm512_setzero_si512();
        _mm512_storeu_si512(vpairs + j2 * 32, _mm512_permutex2var_epi16(v0, lo_idx, v1));
        _mm512_storeu_si512(vpairs + j2 * 32 + 16, _mm512_permutex2var_epi16(v0, hi_idx, v1));
      }
#endif
      hd.bias = a.bm != nullptr
                    ? (const float*)a.bm + plane * a.bm_plane_stride + h * a.bm_head_stride
                : tiled_bias ? ws.bias + h * n * np
                             : nullptr;
      int64_t i0 = 0;
      for (; i0 + 4 <= n; i0 += 4) {
        pf.step(4 * pf_per_row);
        softmax_rows<NV, TAIL, 4>(hd, i0);
      }
      if (n - i0 == 1)
        softmax_rows<NV, TAIL, 1>(hd, i0);
      else if (i0 < n)
        softmax_rows<NV, TAIL, 4>(hd, i0);
      finish_rows(ws.rowm, ws.rowv, n, np, a.lse + (w * a.num_heads + h) * n);  // rowv = 1 / sum
      for (i0 = 0; i0 + 8 <= n; i0 += 8) pv_rows<8, TAIL>(hd, vpairs, kp, vlast, out, i0);
      for (; i0 + 4 <= n; i0 += 4) pv_rows<4, TAIL>(hd, vpairs, kp, vlast, out, i0);
      if (n - i0 == 1)
        pv_rows<1, TAIL>(hd, vpairs, kp, vlast, out, i0);
      else if (i0 < n)
        pv_rows<4, TAIL>(hd, vpairs, kp, vlast, out, i0);  // P has round_up(N, 4) rows
    }
  }
  stream_fence();
}

// Runs the fast path when it applies (head_dim 32, N <= 64, k / v read in place: no
// kv_time_shift); false otherwise.
HD32_KERNEL bool fwd(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (a.head_dim != 32 || a.g.n_slots > 64 || a.has_kv_time_shift()) return false;
  switch (a.g.n_slots) {  // N = 16 k + 1 (49: 7 x 7 windows) keeps the last key apart
    case 17:
      fwd_hd32<1, true>(a, begin, end, ws);
      return true;
    case 33:
      fwd_hd32<2, true>(a, begin, end, ws);
      return true;
    case 49:
      fwd_hd32<3, true>(a, begin, end, ws);
      return true;
    default:
      break;
  }
  switch (a.np / 16) {
    case 1:
      fwd_hd32<1, false>(a, begin, end, ws);
      return true;
    case 2:
      fwd_hd32<2, false>(a, begin, end, ws);
      return true;
    case 3:
      fwd_hd32<3, false>(a, begin, end, ws);
      return true;
    default:
      fwd_hd32<4, false>(a, begin, end, ws);
      return true;
  }
}

#undef HD32_FN
#undef HD32_KERNEL
