// bfloat16 forward with AVX512-BF16 dot products (vdpbf16ps: 2 bf16 products accumulated
// into fp32 per lane and instruction, twice the fp32 FMA rate). Included by
// attn_kernels.cpp inside namespace isa_avx512 after attn_core.h (whose helpers it uses);
// chosen at run time only when the CPU reports avx512_bf16.
//
// Numerics: q, k, v are the bf16 inputs (exact); S accumulates in fp32, the scale, bias,
// mask and softmax are fp32; the unnormalized probabilities exp(s - max) <= 1 are rounded
// to bf16 for the P v product (as the published AMP code does with attn.to(v.dtype)), and
// the 1 / sum normalization is applied to the fp32 output row.

#define TPS_BF16_TARGET \
  __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,avx512bf16,fma,f16c,bmi2")))

// C[0:M, 0:CB*16] = A[0:M, 0:K2 pairs] B[0:K2 pairs, 0:CB*16]: A rows are bf16 pairs
// (uint32), B rows are 16 columns of bf16 pairs. Register block 4 rows x CB vectors.
template <int CB>
TPS_BF16_TARGET static inline void dpbf16_block(const uint32_t* A, int64_t lda,
                                                const uint32_t* B, int64_t ldb, float* C,
                                                int64_t ldc, int64_t K2) {
  __m512 c[4][CB];
  for (int r = 0; r < 4; ++r)
    for (int j = 0; j < CB; ++j) c[r][j] = _mm512_setzero_ps();
  for (int64_t k = 0; k < K2; ++k) {
    __m512bh b[CB];
    for (int j = 0; j < CB; ++j) b[j] = (__m512bh)_mm512_loadu_si512(B + k * ldb + j * 16);
    for (int r = 0; r < 4; ++r) {
      const __m512bh a = (__m512bh)_mm512_set1_epi32((int)A[r * lda + k]);
      for (int j = 0; j < CB; ++j) c[r][j] = _mm512_dpbf16_ps(c[r][j], a, b[j]);
    }
  }
  for (int r = 0; r < 4; ++r)
    for (int j = 0; j < CB; ++j) _mm512_storeu_ps(C + r * ldc + j * 16, c[r][j]);
}

TPS_BF16_TARGET static inline void dpbf16_gemm(const uint32_t* A, int64_t lda, const uint32_t* B,
                                               int64_t ldb, float* C, int64_t ldc, int64_t M,
                                               int64_t K2, int64_t NV) {
  for (int64_t m = 0; m < M; m += 4) {
    const uint32_t* a = A + m * lda;
    float* c = C + m * ldc;
    int64_t j = 0;
    for (; j + 4 <= NV; j += 4) dpbf16_block<4>(a, lda, B + j * 16, ldb, c + j * 16, ldc, K2);
    switch (NV - j) {
      case 3: dpbf16_block<3>(a, lda, B + j * 16, ldb, c + j * 16, ldc, K2); break;
      case 2: dpbf16_block<2>(a, lda, B + j * 16, ldb, c + j * 16, ldc, K2); break;
      case 1: dpbf16_block<1>(a, lda, B + j * 16, ldb, c + j * 16, ldc, K2); break;
      default: break;
    }
  }
}

TPS_BF16_TARGET static void fwd_bf16_dp(const AttnArgs& a, int64_t begin, int64_t end,
                                        void* ws_raw) {
  typedef VT<float>::V V;
  constexpr int L = 16;
  Work<float> ws;
  char* base = (char*)(((uintptr_t)ws_raw + 63) & ~(uintptr_t)63);
  carve<float>(a, false, base, &ws);
  const int64_t n = a.g.n_slots, d = a.head_dim, c = a.heads * d;
  const int64_t np = a.np, nr = a.nr, dp = a.dp, d2 = d / 2, n2 = (n + 1) / 2;
  const uint16_t* qkv = (const uint16_t*)a.qkv;
  uint16_t* out = (uint16_t*)a.out;
  // Buffers (reusing the fp32 workspace): qp (nr, d2) q pairs; kp (d2, np) k pairs per
  // column; vp (n2, dp) pairs of v rows; s (nr, np) fp32 scores; p16 (nr, np) bf16 probs.
  uint32_t* qp = (uint32_t*)ws.q;
  uint32_t* kp = (uint32_t*)ws.kt;
  uint32_t* vp = (uint32_t*)ws.vp;
  uint16_t* p16 = ws.p16;
  const float scale = (float)a.scale;
  if (begin < end) {
    window_rows(a, begin, ws.rows_next);
    prefetch_rows(qkv, ws.rows_next, n, 3 * c, false);
  }
  const int64_t pf_per_row = prefetch_lines_per_row(a, 3 * c * (int64_t)sizeof(uint16_t));
  for (int64_t w = begin; w < end; ++w) {
    PrefetchCursor pf;
    if (advance_rows(a, ws, w, end))
      pf.reset(qkv, ws.rows_next, n, 3 * c * (int64_t)sizeof(uint16_t));
    const bool region = window_labels(a, w, ws);
    for (int64_t h = 0; h < a.heads; ++h) {
      if (d2 == 16) {
        // PST fast path (head_dim 32): k pairs transposed 16 slots at a time in registers
        for (int64_t b = 0; b < np; b += 16) {
          __m512i r[16];
          for (int64_t i = 0; i < 16; ++i) {
            if (b + i < n) {
              const uint16_t* src = qkv + ws.rows[b + i] * 3 * c + h * d;
              __builtin_memcpy(qp + (b + i) * d2, src, d * 2);
              r[i] = _mm512_loadu_si512(src + c);
            } else {
              r[i] = _mm512_setzero_si512();
            }
          }
          transpose16x16_store(r, kp + b, np);
        }
      } else {
        for (int64_t i = 0; i < n; ++i) {
          const uint16_t* src = qkv + ws.rows[i] * 3 * c + h * d;
          __builtin_memcpy(qp + i * d2, src, d * 2);
          const uint32_t* k32 = (const uint32_t*)(src + c);
          for (int64_t x = 0; x < d2; ++x) kp[x * np + i] = k32[x];
        }
      }
      for (int64_t j2 = 0; j2 < n2; ++j2) {
        const uint16_t* v0 = qkv + ws.rows[2 * j2] * 3 * c + 2 * c + h * d;
        uint32_t* dst = vp + j2 * dp;
        if (2 * j2 + 1 < n) {
          const uint16_t* v1 = qkv + ws.rows[2 * j2 + 1] * 3 * c + 2 * c + h * d;
          for (int64_t x = 0; x < d; ++x) dst[x] = (uint32_t)v0[x] | ((uint32_t)v1[x] << 16);
        } else {
          for (int64_t x = 0; x < d; ++x) dst[x] = (uint32_t)v0[x];
        }
      }
      dpbf16_gemm(qp, d2, kp, np, ws.s, np, nr, d2, np / L);  // S = q k^T
      float* lse = a.lse + (w * a.heads + h) * n;
      for (int64_t i = 0; i < n; ++i) {
        pf.step(pf_per_row);
        float* srow = ws.s + i * np;
        const float m = hmax(add_bias_mask(a, w, h, region, ws, i, srow, scale));
        V sum = V{};
        uint16_t* prow = p16 + i * np;
        int64_t j = 0;
        for (; j + 2 * L <= np; j += 2 * L) {
          const V e0 = vexp_fast(vload<V>(srow + j) - m);
          const V e1 = vexp_fast(vload<V>(srow + j + L) - m);
          sum += e0 + e1;
          __m512 lo, hi;
          __builtin_memcpy(&lo, &e0, 64);
          __builtin_memcpy(&hi, &e1, 64);
          _mm512_storeu_si512(prow + j, (__m512i)_mm512_cvtne2ps_pbh(hi, lo));
        }
        if (j < np) {
          const V e0 = vexp_fast(vload<V>(srow + j) - m);
          sum += e0;
          __m512 lo;
          __builtin_memcpy(&lo, &e0, 64);
          _mm256_storeu_si256((__m256i*)(prow + j), (__m256i)_mm512_cvtneps_pbh(lo));
        }
        ws.rowv[i] = hsum(sum);
        ws.rowm[i] = m;
      }
      finish_rows(ws.rowm, ws.rowv, n, np, lse);
      dpbf16_gemm((const uint32_t*)p16, np / 2, vp, dp, ws.o, dp, nr, n2, dp / L);  // O = P v
      for (int64_t i = 0; i < n; ++i) {
        uint16_t* dst = out + ws.rows[i] * c + h * d;
        const float inv = ws.rowv[i];
        const float* o = ws.o + i * dp;
        int64_t x = 0;
        for (; x + L <= d; x += L) {
          const __m512 v = _mm512_mul_ps(_mm512_loadu_ps(o + x), _mm512_set1_ps(inv));
          _mm256_storeu_si256((__m256i*)(dst + x), (__m256i)_mm512_cvtneps_pbh(v));
        }
        for (; x < d; ++x) dst[x] = f32_to_bf16(o[x] * inv);
      }
    }
  }
}

// ---- PST fast path: head_dim 32, N <= 64 (all PST stages, 2D Swin) ----------------------
// Per (window, head), 4 query rows at a time: their S rows stay in registers from the dot
// products through bias, mask, max, exp and the bf16 rounding of P (S is never stored);
// exp is exp2 with log2(e) folded into the max subtraction and a roundscale + scalef range
// reduction; the row max / sum reductions of the 4 rows are done together. P v runs in
// blocks of 8 rows whose epilogue applies 1 / sum and writes the bf16 output rows in place.
// N = 16 k + 1 (7 x 7 windows: 49) keeps only the last key out of the vectors ("tail"):
// its scores come from one dot product per row, its exp is done 4 rows at a time and it
// enters P v as a rank-1 fp32 update, instead of a 16-lane vector with one useful lane
// through every step (that vector was a quarter of the dot products and of the softmax).

// 2^t for t <= 0 (after the max subtraction): 2^round(t) (scalef) times a degree-4 minimax
// polynomial of 2^f on [-1/2, 1/2] (rel. error 2.7e-6: a least-squares fit refined
// by Lawson iterations; Taylor needs degree 5 for that). Clamped at -126 so scalef stays in normal floats;
// callers zero padded lanes themselves.
TPS_BF16_TARGET static inline __m512 exp2_nonpositive(__m512 t) {
  t = _mm512_max_ps(t, _mm512_set1_ps(-126.0f));
  const __m512 r = _mm512_roundscale_ps(t, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  const __m512 f = _mm512_sub_ps(t, r);
  __m512 p = _mm512_set1_ps(9.570101276e-3f);
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(5.591786280e-2f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(2.402474433e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(6.931217909e-1f));
  p = _mm512_fmadd_ps(p, f, _mm512_set1_ps(9.999992847e-1f));
  return _mm512_scalef_ps(p, r);
}

// Lane r of the result = max (IS_MAX) or sum of all 16 lanes of v[r], r = 0..3; fixed order.
template <bool IS_MAX>
TPS_BF16_TARGET static inline __m128 reduce4(const __m512 v[4]) {
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

// O rows [0, R) of P v (R x 32 fp32 in registers; + ptail[r] * vlast for the tail key),
// scaled by inv[r] = 1 / row sum and written as bf16 to out + rows[r] * c; rows >= valid
// are padding and not written.
template <int R, bool TAIL>
TPS_BF16_TARGET static inline void pv_store_hd32(const uint32_t* P, int64_t ldp, const uint32_t* vp,
                                                 int64_t K2, const float* ptail, const __m512 vlast[2],
                                                 const float* inv, uint16_t* out,
                                                 const int64_t* rows, int64_t c, int64_t valid) {
  __m512 acc[R][2];
  for (int r = 0; r < R; ++r) acc[r][0] = acc[r][1] = _mm512_setzero_ps();
  for (int64_t k = 0; k < K2; ++k) {
    const __m512bh b0 = (__m512bh)_mm512_loadu_si512(vp + k * 32);
    const __m512bh b1 = (__m512bh)_mm512_loadu_si512(vp + k * 32 + 16);
    for (int r = 0; r < R; ++r) {
      const __m512bh a = (__m512bh)_mm512_set1_epi32((int)P[r * ldp + k]);
      acc[r][0] = _mm512_dpbf16_ps(acc[r][0], a, b0);
      acc[r][1] = _mm512_dpbf16_ps(acc[r][1], a, b1);
    }
  }
  for (int r = 0; r < R && r < valid; ++r) {
    if (TAIL) {
      const __m512 p = _mm512_set1_ps(ptail[r]);
      acc[r][0] = _mm512_fmadd_ps(p, vlast[0], acc[r][0]);
      acc[r][1] = _mm512_fmadd_ps(p, vlast[1], acc[r][1]);
    }
    const __m512 s = _mm512_set1_ps(inv[r]);
    const __m512bh o = _mm512_cvtne2ps_pbh(_mm512_mul_ps(acc[r][1], s), _mm512_mul_ps(acc[r][0], s));
    _mm512_storeu_si512(out + rows[r] * c, (__m512i)o);
  }
}

// What the row blocks of one (window, head) share.
struct Hd32Head {
  const uint32_t* qp;     // (nr, 16) q pairs
  const uint32_t* kp;     // (16, np) k pairs, transposed
  __m512i klast;          // k pairs of the last key (TAIL)
  const float* bias;      // (N, np) bias rows of this plane and head, or nullptr: gather
  const float* table;     // (R, heads) for the gather
  const int64_t* index;   // (N, N) index plane for the gather
  const float* mask;      // (N, np) explicit mask rows, or nullptr
  const float* lab;       // (np) region labels, or nullptr (no region mask)
  float* bias_tmp;        // 4 x np scratch for gathered bias rows
  uint16_t* p16;          // (nr, np) bf16 probabilities
  float *ptail, *rowm, *rowv;
  int64_t n, np, heads, h;
  float scale, mask_value;
};

// Scores, softmax and bf16 P of rows i0 .. i0 + R - 1 (R <= 4; rows >= N are padding whose
// results nobody reads). NV, TAIL: see fwd_bf16_hd32.
template <int NV, bool TAIL, int R>
TPS_BF16_TARGET static inline void softmax_rows_hd32(const Hd32Head& hd, int64_t i0) {
  constexpr int64_t d2 = 16;
  const int64_t n = hd.n, np = hd.np;
  const __m512 scale = _mm512_set1_ps(hd.scale), log2e = _mm512_set1_ps(1.44269504088896341f);
  const __m512 mask_value = _mm512_set1_ps(hd.mask_value);
  const __mmask16 last =
      TAIL ? (__mmask16)0xffff : (__mmask16)((1u << (n - (NV - 1) * 16)) - 1u);
  __m512 x[R][NV];
  for (int r = 0; r < R; ++r)
    for (int j = 0; j < NV; ++j) x[r][j] = _mm512_setzero_ps();
  for (int64_t k = 0; k < d2; ++k) {  // S = q k^T
    __m512bh kb[NV];
    for (int j = 0; j < NV; ++j) kb[j] = (__m512bh)_mm512_loadu_si512(hd.kp + k * np + j * 16);
    for (int r = 0; r < R; ++r) {
      const __m512bh q = (__m512bh)_mm512_set1_epi32((int)hd.qp[(i0 + r) * d2 + k]);
      for (int j = 0; j < NV; ++j) x[r][j] = _mm512_dpbf16_ps(x[r][j], q, kb[j]);
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
      td[r] = _mm512_dpbf16_ps(_mm512_setzero_ps(),
                               (__m512bh)_mm512_loadu_si512(hd.qp + (i0 + rr) * d2),
                               (__m512bh)hd.klast);
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
    uint16_t* prow = hd.p16 + (i0 + r) * np;
    for (int j = 0; j + 1 < NV; j += 2)
      _mm512_storeu_si512(prow + j * 16, (__m512i)_mm512_cvtne2ps_pbh(e[j + 1], e[j]));
    if (NV % 2)
      _mm256_storeu_si256((__m256i*)(prow + (NV - 1) * 16), (__m256i)_mm512_cvtneps_pbh(e[NV - 1]));
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

// NV: 16-column vectors of keys in registers. TAIL: N = 16 NV + 1 (the last key apart);
// otherwise N <= 16 NV, the last vector partly padding (masked).
template <int NV, bool TAIL>
TPS_BF16_TARGET static void fwd_bf16_hd32(const AttnArgs& a, int64_t begin, int64_t end,
                                          void* ws_raw) {
  constexpr int64_t d = 32, d2 = 16, nf = NV * 16;  // nf: keys in the vectors
  Work<float> ws;
  char* base = (char*)(((uintptr_t)ws_raw + 63) & ~(uintptr_t)63);
  carve<float>(a, false, base, &ws);
  const int64_t n = a.g.n_slots, c = a.heads * d, np = a.np;
  const int64_t k2 = TAIL ? nf / 2 : (n + 1) / 2;  // key pairs in P v
  const uint16_t* qkv = (const uint16_t*)a.qkv;
  uint16_t* out = (uint16_t*)a.out;
  uint32_t* qp = (uint32_t*)ws.q;
  uint32_t* kp = (uint32_t*)ws.kt;
  uint32_t* vp = (uint32_t*)ws.vp;  // (k2, 32) pairs of v rows
  Hd32Head hd{};
  hd.qp = qp;
  hd.kp = kp;
  hd.table = (const float*)a.table;
  hd.bias_tmp = ws.s;
  hd.p16 = ws.p16;
  hd.ptail = ws.o;
  hd.rowm = ws.rowm;
  hd.rowv = ws.rowv;
  hd.n = n;
  hd.np = np;
  hd.heads = a.heads;
  hd.scale = (float)a.scale;
  hd.mask_value = (float)a.mask_value;
  const __m512i lo_idx = _mm512_set_epi16(47, 15, 46, 14, 45, 13, 44, 12, 43, 11, 42, 10, 41, 9,
                                          40, 8, 39, 7, 38, 6, 37, 5, 36, 4, 35, 3, 34, 2, 33, 1,
                                          32, 0);
  const __m512i hi_idx = _mm512_add_epi16(lo_idx, _mm512_set1_epi16(16));
  if (begin < end) {
    window_rows(a, begin, ws.rows_next);
    prefetch_rows(qkv, ws.rows_next, n, 3 * c, false);
  }
  const int64_t pf_per_row = prefetch_lines_per_row(a, 3 * c * (int64_t)sizeof(uint16_t));
  for (int64_t w = begin; w < end; ++w) {
    PrefetchCursor pf;
    if (advance_rows(a, ws, w, end))
      pf.reset(qkv, ws.rows_next, n, 3 * c * (int64_t)sizeof(uint16_t));
    hd.lab = window_labels(a, w, ws) ? ws.lab : nullptr;
    const int64_t plane = a.bm_planes > 1 ? window_tau(a.g, w) : 0;
    hd.mask = a.mask != nullptr ? (const float*)a.mask + (w % a.mask_m) * n * np : nullptr;
    hd.index = a.index != nullptr ? a.index + plane * n * n : nullptr;
    for (int64_t h = 0; h < a.heads; ++h) {
      // gather: q pairs, k pairs transposed in registers, v rows interleaved into pairs
      for (int64_t b = 0; b < nf; b += 16) {
        __m512i r[16];
        for (int64_t i = 0; i < 16; ++i) {
          if (b + i < n) {
            const uint16_t* src = qkv + ws.rows[b + i] * 3 * c + h * d;
            _mm512_storeu_si512(qp + (b + i) * d2, _mm512_loadu_si512(src));
            r[i] = _mm512_loadu_si512(src + c);
          } else {
            r[i] = _mm512_setzero_si512();
          }
        }
        transpose16x16_store(r, kp + b, np);
      }
      __m512 vlast[2] = {_mm512_setzero_ps(), _mm512_setzero_ps()};
      if (TAIL) {
        const uint16_t* src = qkv + ws.rows[n - 1] * 3 * c + h * d;
        _mm512_storeu_si512(qp + (n - 1) * d2, _mm512_loadu_si512(src));
        hd.klast = _mm512_loadu_si512(src + c);
        for (int x = 0; x < 2; ++x)  // bf16 -> fp32: the bits in the upper half
          vlast[x] = _mm512_castsi512_ps(_mm512_slli_epi32(
              _mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i*)(src + 2 * c + 16 * x))), 16));
      }
      for (int64_t j2 = 0; j2 < k2; ++j2) {
        const __m512i v0 = _mm512_loadu_si512(qkv + ws.rows[2 * j2] * 3 * c + 2 * c + h * d);
        const __m512i v1 =
            2 * j2 + 1 < n ? _mm512_loadu_si512(qkv + ws.rows[2 * j2 + 1] * 3 * c + 2 * c + h * d)
                           : _mm512_setzero_si512();
        _mm512_storeu_si512(vp + j2 * 32, _mm512_permutex2var_epi16(v0, lo_idx, v1));
        _mm512_storeu_si512(vp + j2 * 32 + 16, _mm512_permutex2var_epi16(v0, hi_idx, v1));
      }
      hd.h = h;
      hd.bias = a.bm != nullptr
          ? (const float*)a.bm + plane * a.bm_plane_stride + h * a.bm_head_stride : nullptr;
      int64_t i0 = 0;
      for (; i0 + 4 <= n; i0 += 4) {
        pf.step(4 * pf_per_row);
        softmax_rows_hd32<NV, TAIL, 4>(hd, i0);
      }
      if (n - i0 == 1) softmax_rows_hd32<NV, TAIL, 1>(hd, i0);
      else if (i0 < n) softmax_rows_hd32<NV, TAIL, 4>(hd, i0);
      finish_rows(ws.rowm, ws.rowv, n, np, a.lse + (w * a.heads + h) * n);  // rowv = 1 / sum
      uint16_t* out_h = out + h * d;
      const uint32_t* p32 = (const uint32_t*)ws.p16;
      for (i0 = 0; i0 + 8 <= n; i0 += 8)
        pv_store_hd32<8, TAIL>(p32 + i0 * np / 2, np / 2, vp, k2, hd.ptail + i0, vlast,
                               ws.rowv + i0, out_h, ws.rows + i0, c, 8);
      for (; i0 + 4 <= n; i0 += 4)
        pv_store_hd32<4, TAIL>(p32 + i0 * np / 2, np / 2, vp, k2, hd.ptail + i0, vlast,
                               ws.rowv + i0, out_h, ws.rows + i0, c, 4);
      if (n - i0 == 1)
        pv_store_hd32<1, TAIL>(p32 + i0 * np / 2, np / 2, vp, k2, hd.ptail + i0, vlast,
                               ws.rowv + i0, out_h, ws.rows + i0, c, 1);
      else if (i0 < n)  // p16 has round_up(N, 4) rows
        pv_store_hd32<4, TAIL>(p32 + i0 * np / 2, np / 2, vp, k2, hd.ptail + i0, vlast,
                               ws.rowv + i0, out_h, ws.rows + i0, c, n - i0);
    }
  }
}

// Whether fwd_bf16_dp handles this call (pairs need an even head_dim).
static inline bool bf16_dp_ok(const AttnArgs& a) { return a.head_dim % 2 == 0; }

static void fwd_bf16_dispatch(const AttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (a.head_dim == 32 && a.g.n_slots <= 64) {
    switch (a.g.n_slots) {  // N = 16 k + 1 (49: 7 x 7 windows) keeps the last key apart
      case 17: fwd_bf16_hd32<1, true>(a, begin, end, ws); return;
      case 33: fwd_bf16_hd32<2, true>(a, begin, end, ws); return;
      case 49: fwd_bf16_hd32<3, true>(a, begin, end, ws); return;
      default: break;
    }
    switch (a.np / 16) {
      case 1: fwd_bf16_hd32<1, false>(a, begin, end, ws); return;
      case 2: fwd_bf16_hd32<2, false>(a, begin, end, ws); return;
      case 3: fwd_bf16_hd32<3, false>(a, begin, end, ws); return;
      default: fwd_bf16_hd32<4, false>(a, begin, end, ws); return;
    }
  }
  if (bf16_dp_ok(a)) {
    fwd_bf16_dp(a, begin, end, ws);
  } else {
    fwd_impl<kBF16, float>(a, begin, end, ws);
  }
}

static const KernelSet& make_kernel_set_bf16(const char* isa) {
  static const KernelSet set = {
      isa,
      {&prepare_impl<float>, &prepare_impl<double>, &prepare_impl<float>, &prepare_impl<float>},
      {&fwd_impl<kF32, float>, &fwd_impl<kF64, double>, &fwd_bf16_dispatch,
       &fwd_impl<kF16, float>},
      {&bwd_impl<kF32, float>, &bwd_impl<kF64, double>, &bwd_impl<kBF16, float>,
       &bwd_impl<kF16, float>},
  };
  return set;
}
