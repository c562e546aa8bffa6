// bfloat16 forward with AVX512-BF16 dot products (vdpbf16ps: 2 bf16 products accumulated
// into fp32 per lane and instruction, twice the fp32 FMA rate). Included by
// csrc/cpu/isa/avx512.cpp inside namespace isa_avx512 after attn_core.h (whose helpers it uses);
// chosen at run time only when the CPU reports avx512_bf16.
//
// Numerics: q, k, v are the bf16 inputs (exact); S accumulates in fp32, the scale, bias,
// mask and softmax are fp32; the unnormalized probabilities exp(s - max) <= 1 are rounded
// to bf16 for the P v product (as the published AMP code does with attn.to(v.dtype)), and
// the 1 / sum normalization is applied to the fp32 output row.

// C[0:M, 0:CB*16] = A[0:M, 0:K2 pairs] B[0:K2 pairs, 0:CB*16]: A rows are bf16 pairs
// (uint32), B rows are 16 columns of bf16 pairs. Register block 4 rows x CB vectors.
template <int CB>
TPS_BF16_TARGET static inline void dpbf16_block(const uint32_t* A, int64_t lda, const uint32_t* B,
                                                int64_t ldb, float* C, int64_t ldc, int64_t K2) {
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
      case 3:
        dpbf16_block<3>(a, lda, B + j * 16, ldb, c + j * 16, ldc, K2);
        break;
      case 2:
        dpbf16_block<2>(a, lda, B + j * 16, ldb, c + j * 16, ldc, K2);
        break;
      case 1:
        dpbf16_block<1>(a, lda, B + j * 16, ldb, c + j * 16, ldc, K2);
        break;
      default:
        break;
    }
  }
}

TPS_BF16_TARGET static void fwd_bf16_dp(const CpuAttnArgs& a, int64_t begin, int64_t end,
                                        void* ws_raw) {
  typedef VT<float>::V V;
  constexpr int L = 16;
  Work<float> ws = workspace<float>(a, false, ws_raw);
  const int64_t n = a.g.n_slots, d = a.head_dim, c = a.num_heads * d;
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
    window_bias(a, w, ws);
    for (int64_t h = 0; h < a.num_heads; ++h) {
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
      float* lse = a.lse + (w * a.num_heads + h) * n;
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

// Whether fwd_bf16_dp handles this call (pairs need an even head_dim; it reads k / v in
// place: no kv_time_shift, which the general kernel's gather handles).
static inline bool bf16_dp_ok(const CpuAttnArgs& a) {
  return a.head_dim % 2 == 0 && !a.has_kv_time_shift();
}

static void fwd_bf16_dispatch(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (hd32_bf16::fwd(a, begin, end, ws)) return;  // head_dim 32, N <= 64 (attn_hd32.h)
  if (bf16_dp_ok(a)) {
    fwd_bf16_dp(a, begin, end, ws);
  } else {
    fwd_impl<kBF16, float>(a, begin, end, ws);
  }
}

// The AVX-512 set with the vdpbf16ps forward for bfloat16.
static const KernelSet& make_kernel_set_bf16(const char* isa) {
  static const KernelSet set = [isa] {
    KernelSet s = make_kernel_set_avx512(TPS_ISA_NAME("avx512"));
    s.isa = isa;
    s.fwd[kBF16] = &fwd_bf16_dispatch;
    return s;
  }();
  return set;
}
