// bfloat16 forward and backward with AVX512-BF16 dot products (vdpbf16ps: 2 bf16 products
// accumulated into fp32 per lane and instruction, twice the fp32 FMA rate). Included by
// csrc/cpu/isa/avx512.cpp inside namespace isa_avx512 after attn_core.h (whose helpers it uses);
// chosen at run time only when the CPU reports avx512_bf16.
//
// Numerics: q, k, v and dO are the bf16 inputs (exact); S and dP accumulate in fp32; the
// scale, bias, mask, softmax and its gradient (the bias gradient too) are fp32. The
// unnormalized probabilities exp(s - max) <= 1 are rounded to bf16 for the P v product (as the
// published AMP code does with attn.to(v.dtype)) and the 1 / sum normalization is applied to
// the fp32 output row; the backward rounds P and dS to bf16 for dV = P^T dO, dQ = dS k and
// dK = dS^T q, as autocast's bf16 matmuls do.

// C[0:R, 0:CB*16] = alpha A B over K2 bf16 pairs: A element (r, k) at A[r * ars + k * acs] (a
// pair, broadcast; acs = 1: rows of pairs, ars = 1: read transposed), B rows of CB vectors of
// 16 pairs at B + k * ldb. Register block R rows x CB vectors.
template <int CB, int R = 4>
TPS_BF16_TARGET static inline void dpbf16_block(const uint32_t* A, int64_t ars, int64_t acs,
                                                const uint32_t* B, int64_t ldb, float* C,
                                                int64_t ldc, int64_t K2, float alpha) {
  __m512 c[R][CB];
  for (int r = 0; r < R; ++r)
    for (int j = 0; j < CB; ++j) c[r][j] = _mm512_setzero_ps();
  for (int64_t k = 0; k < K2; ++k) {
    __m512bh b[CB];
    for (int j = 0; j < CB; ++j) b[j] = (__m512bh)_mm512_loadu_si512(B + k * ldb + j * 16);
    for (int r = 0; r < R; ++r) {
      const __m512bh a = (__m512bh)_mm512_set1_epi32((int)A[r * ars + k * acs]);
      for (int j = 0; j < CB; ++j) c[r][j] = _mm512_dpbf16_ps(c[r][j], a, b[j]);
    }
  }
  const __m512 av = _mm512_set1_ps(alpha);
  for (int r = 0; r < R; ++r)
    for (int j = 0; j < CB; ++j) _mm512_storeu_ps(C + r * ldc + j * 16, _mm512_mul_ps(c[r][j], av));
}

// dpbf16_block of R rows x NV (1 or 2) vectors, NV known at run time.
template <int R>
TPS_BF16_TARGET static inline void dpbf16_block_nv(int64_t NV, const uint32_t* A, int64_t ars,
                                                   int64_t acs, const uint32_t* B, int64_t ldb,
                                                   float* C, int64_t ldc, int64_t K2, float alpha) {
  if (NV == 2) {
    dpbf16_block<2, R>(A, ars, acs, B, ldb, C, ldc, K2, alpha);
  } else {
    dpbf16_block<1, R>(A, ars, acs, B, ldb, C, ldc, K2, alpha);
  }
}

// C[0:M, 0:NV*16] = alpha A B (dpbf16_block's operands), M a multiple of 4.
TPS_BF16_TARGET static inline void dpbf16_gemm(const uint32_t* A, int64_t ars, int64_t acs,
                                               const uint32_t* B, int64_t ldb, float* C,
                                               int64_t ldc, int64_t M, int64_t K2, int64_t NV,
                                               float alpha = 1.0f) {
  if (NV <= 2) {  // 8-row blocks (a 4 x 1 or 4 x 2 block has too few chains), a last 4-row one
    int64_t m = 0;
    for (; m + 8 <= M; m += 8)
      dpbf16_block_nv<8>(NV, A + m * ars, ars, acs, B, ldb, C + m * ldc, ldc, K2, alpha);
    if (m < M) dpbf16_block_nv<4>(NV, A + m * ars, ars, acs, B, ldb, C + m * ldc, ldc, K2, alpha);
    return;
  }
  for (int64_t m = 0; m < M; m += 4) {
    const uint32_t* a = A + m * ars;
    float* c = C + m * ldc;
    int64_t j = 0;
    for (; j + 4 <= NV; j += 4)
      dpbf16_block<4>(a, ars, acs, B + j * 16, ldb, c + j * 16, ldc, K2, alpha);
    switch (NV - j) {
      case 3:
        dpbf16_block<3>(a, ars, acs, B + j * 16, ldb, c + j * 16, ldc, K2, alpha);
        break;
      case 2:
        dpbf16_block<2>(a, ars, acs, B + j * 16, ldb, c + j * 16, ldc, K2, alpha);
        break;
      case 1:
        dpbf16_block<1>(a, ars, acs, B + j * 16, ldb, c + j * 16, ldc, K2, alpha);
        break;
      default:
        break;
    }
  }
}

// dst[x] = the pair (r0[x], r1[x]) for x < d, 0 for d <= x < dp (nullptr: a row of zeros): two
// rows interleaved, the B operand of a product that sums over rows.
TPS_BF16_TARGET static inline void pair_rows(const uint16_t* r0, const uint16_t* r1, int64_t d,
                                             int64_t dp, uint32_t* dst) {
  auto load = [](const uint16_t* r, int64_t x) {
    return r ? _mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i*)(r + x)))
             : _mm512_setzero_si512();
  };
  int64_t x = 0;
  for (; x + 16 <= d; x += 16)
    _mm512_storeu_si512(dst + x, _mm512_or_si512(load(r0, x), _mm512_slli_epi32(load(r1, x), 16)));
  for (; x < d; ++x) dst[x] = (r0 ? (uint32_t)r0[x] : 0u) | (r1 ? (uint32_t)r1[x] << 16 : 0u);
  for (; x < dp; ++x) dst[x] = 0;
}

// dst (d2, np): column j < nk (a multiple of 16) = the d2 pairs of slot j's row key(j)
// (nullptr, and j >= n: zeros), the B operand of q k^T and dO v^T.
template <class F>
TPS_BF16_TARGET static inline void pair_columns(const F& key, int64_t nk, int64_t np, int64_t d2,
                                                uint32_t* dst) {
  if (d2 == 16) {  // head_dim 32: 16 slots at a time, transposed in registers
    for (int64_t b = 0; b < nk; b += 16) {
      __m512i r[16];
      for (int64_t i = 0; i < 16; ++i) {
        const uint16_t* src = key(b + i);
        r[i] = src ? _mm512_loadu_si512(src) : _mm512_setzero_si512();
      }
      transpose16x16_store(r, dst + b, np);
    }
    return;
  }
  for (int64_t j = 0; j < nk; ++j) {
    const uint32_t* src = (const uint32_t*)key(j);
    for (int64_t x = 0; x < d2; ++x) dst[x * np + j] = src ? src[x] : 0u;
  }
}

// Where slot j's key and value channels of one head are: in place in the qkv rows, or with
// kv_time_shift in rows gathered per run of channels (kv_rows16). nullptr: zeros (j >= n, or a
// shifted source outside the clip under the zero boundary).
struct KvRows16 {
  const uint16_t* k;
  int64_t c;            // value = key + c
  const int64_t* rows;  // slot j's row, or nullptr: row j
  int64_t ld, n;
  const uint16_t* key(int64_t j) const {
    const int64_t r = j >= n ? -1 : rows ? rows[j] : j;
    return r < 0 ? nullptr : k + r * ld;
  }
  const uint16_t* value(int64_t j) const {
    const uint16_t* p = key(j);
    return p ? p + c : nullptr;
  }
};

// Head h's keys and values: in place, or with kv_time_shift each run's channels copied from
// its offset's rows (ws.kv_rows) into buf (n rows of d keys, then n rows of d values: 4 n d
// bytes) so that the products read them like unshifted rows.
static inline KvRows16 kv_rows16(const CpuAttnArgs& a, const Work<float>& ws, int64_t h,
                                 uint16_t* buf) {
  const int64_t n = a.g.n_slots, d = a.head_dim, c = a.num_heads * d;
  const uint16_t* k = (const uint16_t*)a.qkv + c + h * d;
  if (!a.has_kv_time_shift()) return {k, c, ws.rows, 3 * c, n};
  for_each_kv_source(a, ws, h, [&](const KvRun& run, int64_t i, int64_t row) {
    const size_t bytes = (size_t)(run.end - run.begin) * 2;
    uint16_t* dst = buf + i * d + run.begin;
    if (row < 0) {
      __builtin_memset(dst, 0, bytes);
      __builtin_memset(dst + n * d, 0, bytes);
    } else {
      __builtin_memcpy(dst, k + row * 3 * c + run.begin, bytes);
      __builtin_memcpy(dst + n * d, k + row * 3 * c + c + run.begin, bytes);
    }
  });
  prefetch_kv_head<uint16_t>(a, ws, h + 1);
  return {buf, n * d, nullptr, d, n};
}

// Rows 2 i2 and 2 i2 + 1 of src (fp32, np wide; rows >= n: zeros) rounded to bf16, for every
// i2 < nr / 2: as pairs into pairs (np per row pair) and, with rows16, as rows (nr, np).
TPS_BF16_TARGET static inline void pair_prob_rows(const float* src, int64_t n, int64_t nr,
                                                  int64_t np, uint32_t* pairs, uint16_t* rows16) {
  static const uint16_t kInterleave[32] = {0,  16, 1,  17, 2,  18, 3,  19, 4,  20, 5,
                                           21, 6,  22, 7,  23, 8,  24, 9,  25, 10, 26,
                                           11, 27, 12, 28, 13, 29, 14, 30, 15, 31};
  const __m512i idx = _mm512_loadu_si512(kInterleave);
  for (int64_t i = 0; i < nr; i += 2) {
    for (int64_t j = 0; j < np; j += 16) {
      const __m512 r0 = i < n ? _mm512_loadu_ps(src + i * np + j) : _mm512_setzero_ps();
      const __m512 r1 = i + 1 < n ? _mm512_loadu_ps(src + (i + 1) * np + j) : _mm512_setzero_ps();
      const __m512i both = (__m512i)_mm512_cvtne2ps_pbh(r1, r0);  // r0's 16, then r1's
      if (rows16 != nullptr) {
        _mm256_storeu_si256((__m256i*)(rows16 + i * np + j), _mm512_castsi512_si256(both));
        _mm256_storeu_si256((__m256i*)(rows16 + (i + 1) * np + j),
                            _mm512_extracti64x4_epi64(both, 1));
      }
      _mm512_storeu_si512(pairs + i / 2 * np + j, _mm512_permutex2var_epi16(both, idx, both));
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
  // column; vp (n2, dp) pairs of v rows; s (nr, np) fp32 scores; p16 (nr, np) bf16 probs;
  // v: shifted k / v rows (kv_rows16).
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
    window_kv_rows(a, ws);
    for (int64_t h = 0; h < a.num_heads; ++h) {
      const uint16_t* q = qkv + h * d;  // slot i's head row: q + ws.rows[i] * 3 c
      for (int64_t i = 0; i < n; ++i) __builtin_memcpy(qp + i * d2, q + ws.rows[i] * 3 * c, d * 2);
      const KvRows16 kv = kv_rows16(a, ws, h, (uint16_t*)ws.v);
      pair_columns([&](int64_t j) { return kv.key(j); }, np, np, d2, kp);
      for (int64_t j = 0; j < n; j += 2)
        pair_rows(kv.value(j), kv.value(j + 1), d, dp, vp + j / 2 * dp);
      dpbf16_gemm(qp, d2, 1, kp, np, ws.s, np, nr, d2, np / L);  // S = q k^T
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
      dpbf16_gemm((const uint32_t*)p16, np / 2, 1, vp, dp, ws.o, dp, nr, n2, dp / L);  // O = P v
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

// Whether fwd_bf16_dp and Bf16DpHead handle this call (pairs need an even head_dim).
static inline bool bf16_dp_ok(const CpuAttnArgs& a) { return a.head_dim % 2 == 0; }

// Column nv * 16 of the (nr, np) scores S = A B^T (A: nr rows of d2 pairs, ld d2; b: the last
// key's d2 pairs, nullptr: zeros) as dot products, 4 rows at a time, the vector's other 15
// columns zeroed: the last key of N = 16 nv + 1 outside the GEMM (see Bf16DpHead).
TPS_BF16_TARGET static inline void last_key_scores(const uint32_t* A, const uint16_t* b, int64_t nr,
                                                   int64_t d2, int64_t nv, int64_t np, float* C) {
  __m512i bv[4];  // d2 <= 64 pairs
  for (int64_t u = 0; u < d2 / 16; ++u)
    bv[u] = b ? _mm512_loadu_si512((const uint32_t*)b + 16 * u) : _mm512_setzero_si512();
  alignas(16) float t[4];
  for (int64_t i = 0; i < nr; i += 4) {
    __m512 acc[4];
    for (int r = 0; r < 4; ++r) {
      acc[r] = _mm512_setzero_ps();
      for (int64_t u = 0; u < d2 / 16; ++u)
        acc[r] = _mm512_dpbf16_ps(acc[r], (__m512bh)_mm512_loadu_si512(A + (i + r) * d2 + 16 * u),
                                  (__m512bh)bv[u]);
    }
    _mm_store_ps(t, hd32_bf16::reduce4<false>(acc));
    for (int r = 0; r < 4; ++r)
      _mm512_storeu_ps(C + (i + r) * np + nv * 16, _mm512_maskz_mov_ps(1, _mm512_set1_ps(t[r])));
  }
}

// bwd_impl's HEAD for bfloat16 (bf16_dp_ok calls): one (window, head) with the five products
// in bf16 pairs: S = q k^T and dP = dO v^T (B: k, v pairs by column, as the forward's S), the
// fp32 softmax gradient row by row (softmax_grad_row, scale applied to S as the forward does,
// so P matches its saved lse), then P and dS rounded to bf16 for dQ' = dS k (A: dS rows; B:
// pairs of k rows), dK = scale dS^T q and dV = P^T dO (A: the P / dS row pairs read transposed;
// B: pairs of q / dO rows). Padded rows and columns are zeros in every operand.
struct Bf16DpHead {
  template <class F>
  TPS_BF16_TARGET static bool run(const CpuAttnArgs& a, int64_t w, int64_t h, bool region,
                                  Work<float>& ws, float* dbias, bool db_add, const F& step) {
    const int64_t n = a.g.n_slots, d = a.head_dim, c = a.num_heads * d;
    const int64_t np = a.np, nr = a.nr, dp = a.dp, d2 = d / 2;
    const int64_t n2 = (n + 1) / 2;
    const int64_t* rows = ws.rows;
    const uint16_t* q = (const uint16_t*)a.qkv + h * d;  // slot i's head row: q + rows[i] * 3 c
    const KvRows16 kv = kv_rows16(a, ws, h, (uint16_t*)ws.o);
    const uint16_t* g = (const uint16_t*)a.grad_out + h * d;  // dO: g + rows[i] * c
    auto row = [&](const uint16_t* base, int64_t ld, int64_t i) {
      return i < n ? base + rows[i] * ld : nullptr;
    };
    uint32_t* qp = (uint32_t*)ws.q;                  // (nr, d2) q rows
    uint32_t* dop = (uint32_t*)ws.dout;              // (nr, d2) dO rows
    uint32_t* kp = (uint32_t*)ws.kt;                 // (d2, np) k pairs by key
    uint32_t* vtp = (uint32_t*)ws.vt;                // (d2, np) v pairs by key
    uint32_t* kvp = ws.vp;                           // (n2, dp) pairs of k rows
    uint32_t* qvp = (uint32_t*)ws.v;                 // (n2, dp) pairs of q rows
    uint32_t* dovp = (uint32_t*)ws.k;                // (n2, dp) pairs of dO rows
    uint32_t* pp = (uint32_t*)ws.p16;                // (nr / 2, np) pairs of P rows
    uint16_t* ds16 = ws.ds16;                        // (nr, np) dS rows
    uint32_t* dsp = (uint32_t*)(ws.ds16 + nr * np);  // (nr / 2, np) pairs of dS rows
    for (int64_t i = 0; i < nr; ++i) {
      if (i < n) {
        __builtin_memcpy(qp + i * d2, q + rows[i] * 3 * c, d * 2);
        __builtin_memcpy(dop + i * d2, g + rows[i] * c, d * 2);
      } else {
        __builtin_memset(qp + i * d2, 0, d * 2);
        __builtin_memset(dop + i * d2, 0, d * 2);
      }
    }
    // N = 16 nv + 1 (49): the last key's S and dP as dot products, not a GEMM vector with one
    // useful column (a quarter of those two products at N = 49)
    const bool tail = n % 16 == 1 && n > 16 && d2 % 16 == 0 && d2 <= 64;  // np = n + 15
    const int64_t nv = tail ? n / 16 : np / 16;  // key vectors through the GEMMs
    pair_columns([&](int64_t j) { return kv.key(j); }, nv * 16, np, d2, kp);
    pair_columns([&](int64_t j) { return kv.value(j); }, nv * 16, np, d2, vtp);
    for (int64_t i = 0; i < n; i += 2) {
      pair_rows(row(q, 3 * c, i), row(q, 3 * c, i + 1), d, dp, qvp + i / 2 * dp);
      pair_rows(row(g, c, i), row(g, c, i + 1), d, dp, dovp + i / 2 * dp);
    }
    for (int64_t j = 0; j < n; j += 2) pair_rows(kv.key(j), kv.key(j + 1), d, dp, kvp + j / 2 * dp);
    dpbf16_gemm(qp, d2, 1, kp, np, ws.s, np, nr, d2, nv);     // S = q k^T
    dpbf16_gemm(dop, d2, 1, vtp, np, ws.ds, np, nr, d2, nv);  // dP = dO v^T
    if (tail) {
      last_key_scores(qp, kv.key(n - 1), nr, d2, nv, np, ws.s);
      last_key_scores(dop, kv.value(n - 1), nr, d2, nv, np, ws.ds);
    }
    const float scale = (float)a.scale;
    for (int64_t i = 0; i < n; ++i) {
      step(i);
      softmax_grad_row(a, w, h, region, ws, i, ws.s + i * np, ws.ds + i * np,
                       dbias ? dbias + i * np : nullptr, db_add, scale);
    }
    pair_prob_rows(ws.s, n, nr, np, pp, nullptr);
    pair_prob_rows(ws.ds, n, nr, np, dsp, ds16);
    // Sums over keys or query rows stop at the last pair holding one (n2) and dK, dV at row nr,
    // not np: the padding's zero products skipped (a sixth of the GEMMs at N = 49)
    dpbf16_gemm((const uint32_t*)ds16, np / 2, 1, kvp, dp, ws.dq, dp, nr, n2, dp / 16);
    dpbf16_gemm(dsp, 1, np, qvp, dp, ws.dk, dp, nr, n2, dp / 16, scale);
    dpbf16_gemm(pp, 1, np, dovp, dp, ws.dv, dp, nr, n2, dp / 16);
    return true;
  }
};

static void bwd_bf16_dispatch(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (bf16_dp_ok(a)) {
    bwd_impl<kBF16, float, Bf16DpHead>(a, begin, end, ws);
  } else {
    bwd_impl<kBF16, float>(a, begin, end, ws);
  }
}

static void fwd_bf16_dispatch(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (hd32_bf16::fwd(a, begin, end, ws)) return;  // head_dim 32, N <= 64 (attn_hd32.h)
  if (bf16_dp_ok(a)) {
    fwd_bf16_dp(a, begin, end, ws);
  } else {
    fwd_impl<kBF16, float>(a, begin, end, ws);
  }
}

// The AVX-512 set with the vdpbf16ps forward and backward for bfloat16.
static const KernelSet& make_kernel_set_bf16(const char* isa) {
  static const KernelSet set = [isa] {
    KernelSet s = make_kernel_set_avx512(TPS_ISA_NAME("avx512"));
    s.isa = isa;
    s.fwd[kBF16] = &fwd_bf16_dispatch;
    s.bwd[kBF16] = &bwd_bf16_dispatch;
    return s;
  }();
  return set;
}
